package io.github.policykoll.internal;

import io.github.policykoll.internal.WordList.Entry;
import io.github.policykoll.internal.WordList.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds word-list entries in a tokenized text. Linear in the text: each word is looked up in hash maps
 * by its stems, its endings (compounds), its beginnings and its substrings, so no pattern from a rule
 * author can make matching backtrack; a word longer than {@value #MAX_WORD} characters is not matched, so
 * the work per word is bounded whatever the word lists hold.
 */
final class TermMatcher {
    static final int MAX_WORD = 64;

    /** A match: entry {@code entry} covers tokens {@code first..last}. */
    record Match(Entry entry, int first, int last, String form, boolean evasion) {
    }

    private final Map<String, WordList> lists = new HashMap<>();
    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> tails = new HashMap<>();
    private final Map<String, List<Entry>> heads = new HashMap<>();
    private final Map<String, List<Entry>> infixes = new HashMap<>();
    private final java.util.TreeSet<Integer> infixLengths = new java.util.TreeSet<>();
    private int longestTail;

    TermMatcher(List<WordList> wordLists) {
        for (WordList list : wordLists) {
            lists.put(list.name(), list);
            for (Entry e : list.entries()) {
                Pattern p = e.words().get(0);
                if (p.tail() && p.head()) {
                    infixes.computeIfAbsent(p.word(), k -> new ArrayList<>()).add(e);
                    infixLengths.add(p.word().length());
                } else if (p.tail()) {
                    tails.computeIfAbsent(p.word(), k -> new ArrayList<>()).add(e);
                    longestTail = Math.max(longestTail, p.word().length());
                } else if (p.head()) {
                    heads.computeIfAbsent(p.word(), k -> new ArrayList<>()).add(e);
                } else {
                    exact.computeIfAbsent(p.word(), k -> new ArrayList<>()).add(e);
                }
            }
        }
    }

    /** Every match in {@code tokens}; a list's match is not repeated for the same tokens. */
    List<Match> match(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Entry> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (int f = 0; f < t.forms().length; f++) {
                String form = t.forms()[f];
                if (form.length() > MAX_WORD) {
                    continue;
                }
                candidates.clear();
                collectCandidates(form, candidates);
                for (Entry e : candidates) {
                    if (lists.get(e.list()).isException(form)) {
                        continue;
                    }
                    int last = matchRest(e, tokens, i);
                    if (last < 0 || !e.words().get(0).matches(form, e.words().size() == 1)) {
                        continue;
                    }
                    if (seen.add(e.list() + ':' + i + ':' + last)) {
                        out.add(new Match(e, i, last, form, t.evasion() || f > 0));
                    }
                }
            }
        }
        return out;
    }

    private void collectCandidates(String w, List<Entry> into) {
        for (String stem : Inflections.stems(w, true)) {
            List<Entry> hit = exact.get(stem);
            if (hit != null) {
                into.addAll(hit);
            }
            if (!tails.isEmpty()) {
                for (int k = Math.max(0, stem.length() - longestTail); k < stem.length() - 2; k++) {
                    List<Entry> tail = tails.get(stem.substring(k));
                    if (tail != null) {
                        into.addAll(tail);
                    }
                }
            }
        }
        if (!heads.isEmpty()) {
            for (int k = 3; k <= w.length(); k++) {
                List<Entry> head = heads.get(w.substring(0, k));
                if (head != null) {
                    into.addAll(head);
                }
            }
        }
        // *x*: every substring of each length some entry has; at most MAX_WORD^2 hash look-ups a word
        for (int len : infixLengths) {
            for (int k = 0; k + len <= w.length(); k++) {
                List<Entry> infix = infixes.get(w.substring(k, k + len));
                if (infix != null) {
                    into.addAll(infix);
                }
            }
        }
    }

    /** The last token of a phrase entry starting at {@code i}, or -1 when the rest does not follow. */
    private static int matchRest(Entry e, List<Token> tokens, int i) {
        List<Pattern> words = e.words();
        if (words.size() == 1) {
            return i;
        }
        if (tokens.get(i).joined()) {
            return -1;
        }
        int pos = i;
        for (int k = 1; k < words.size(); k++) {
            pos = nextPlain(tokens, pos);
            if (pos < 0 || !anyForm(words.get(k), tokens.get(pos), k == words.size() - 1)) {
                return -1;
            }
        }
        return pos;
    }

    private static int nextPlain(List<Token> tokens, int pos) {
        int start = tokens.get(pos).end();
        for (int j = pos + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.start() < start) {
                continue;
            }
            if (!t.joined()) {
                return t.phraseBreakBefore() ? -1 : j;
            }
        }
        return -1;
    }

    private static boolean anyForm(Pattern p, Token t, boolean inflect) {
        for (String form : t.forms()) {
            if (p.matches(form, inflect)) {
                return true;
            }
        }
        return false;
    }
}
