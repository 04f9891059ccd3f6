package io.github.policykoll.internal;

import io.github.policykoll.internal.WordList.Entry;
import io.github.policykoll.internal.WordList.Pattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds word-list entries in a tokenized text, in one pass over its words.
 *
 * <p>When the pack loads, every entry is expanded to all its inflected forms with {@link SwedishLexicon}
 * ({@code idiot}: idioten, idioter, idioterna, ...; {@code korkad}: korkade, korkat) and put in one hash
 * map; entries with {@code *} go into character tries. Matching a word is then one hash look-up per form of
 * the word and one trie walk per trie, linear in the word, whatever the lists hold. Compounds are found
 * without listing them: a word that ends in a list word after a real Swedish first part
 * ({@code högerpamp}, {@code fullblodsidiot}) matches, unless the whole word is a word of its own
 * ({@code marsvin}); a list word followed by a person noun from the list {@code personer}
 * ({@code idiotpolitiker}) matches too, but not one followed by anything else ({@code idiotsäker},
 * {@code clownfisk}). A word longer than {@value #MAX_WORD} characters is not matched. The tokenizer gives most
 * words with their candidates already worked out ({@link WordTable}), so matching them costs no look-up at all.
 */
final class TermMatcher {
    static final int MAX_WORD = 64;
    /** Shorter list words are not looked for inside compounds: too many words end in "as", "kuk" is listed. */
    private static final int MIN_COMPOUND_PART = 4;
    /** Lists of strong insults and slurs: their longer words stay insults in compounds. */
    private static final Set<String> STRONG_LISTS = Set.of("skallsord", "grupphat");
    /** Lists of people: their compounds are always people (socialministern, arbetskraftsinvandrare). */
    private static final Set<String> REFERENT_LISTS = Set.of(Constructions.PERSON_LIST, Constructions.GROUP_LIST,
            Constructions.OPPONENT_LIST);

    /** A match: entry {@code entry} covers tokens {@code first..last}. */
    record Match(Entry entry, int first, int last, String form, boolean evasion) {
    }

    /**
     * An entry with the forms of each of its words worked out at load time: matching hashes no pattern. Equal
     * only to itself: comparing the sets of forms would make building the tries quadratic.
     */
    private static final class Compiled {
        private final Entry entry;
        private final List<Set<String>> forms;

        Compiled(Entry entry, List<Set<String>> forms) {
            this.entry = entry;
            this.forms = forms;
        }

        Entry entry() {
            return entry;
        }

        List<Set<String>> forms() {
            return forms;
        }
    }

    private final SwedishLexicon lexicon;
    private final Map<String, List<Compiled>> exact = new HashMap<>();
    private final CharTrie<Compiled> tails = new CharTrie<>(true);
    private final CharTrie<Compiled> compoundTails = new CharTrie<>(true);
    private final CharTrie<Compiled> compoundHeads = new CharTrie<>(false);
    private final CharTrie<Compiled> heads = new CharTrie<>(false);
    private final CharTrie<Compiled> infixes = new CharTrie<>(false);
    private final Map<String, Set<String>> exceptions = new HashMap<>();
    private final Set<String> personForms = new HashSet<>();
    /**
     * Every form of a phrase's second word that {@link Candidates#bySecond} or {@link Candidates#bySecondThird}
     * can index.
     */
    private final Set<String> secondForms = new HashSet<>();
    /**
     * The entries each form of a joined word (letters spelled out, "i d i o t") can start, once worked out: such a
     * token has no {@link WordTable} word to keep them. Bounded, so that a flood of made-up words cannot grow it;
     * past the bound new forms are worked out each time.
     */
    private final Map<String, Candidates> joinedCandidates = new ConcurrentHashMap<>();
    static final int CANDIDATE_CACHE_SIZE = 65_536;
    private static final Candidates NONE = new Candidates(new Compiled[0]);

    /**
     * The entries one word form can start, in the order they were found, with the phrases among them indexed by
     * the forms of their second word: a common first word ("det", "är") starts many phrases, and only those whose
     * second word is the next word in the text need to be followed further.
     */
    static final class Candidates {
        final Compiled[] all;
        /** Indexes into {@link #all} of the one-word entries and of the phrases with a pattern second word. */
        final int[] always;
        /**
         * Indexes into {@link #all} of the phrases of two words, and of those whose third word is a pattern, by a
         * form of their second word.
         */
        final Map<String, int[]> bySecond;
        /**
         * Indexes into {@link #all} of the longer phrases, by a form of their second word and then a form of their
         * third: "det är" starts 26 phrases ("det är vad du är", "det är precis det hon är", ...), of which
         * "det är vad" leaves five to try.
         */
        final Map<String, Map<String, int[]>> bySecondThird;

        Candidates(Compiled[] all) {
            this.all = all;
            int[] alwaysAt = new int[all.length];
            int n = 0;
            Map<String, int[]> index = Map.of(); // most candidates are one-word entries: no maps for them
            Map<String, Map<String, int[]>> index3 = Map.of();
            for (int i = 0; i < all.length; i++) {
                Compiled c = all[i];
                if (c.forms().size() < 2) {
                    alwaysAt[n++] = i;
                    continue;
                }
                List<Pattern> words = c.entry().words();
                if (words.get(1).head() || words.get(1).tail()) {
                    alwaysAt[n++] = i;
                } else if (words.size() > 2 && !words.get(2).head() && !words.get(2).tail()) {
                    if (index3.isEmpty()) {
                        index3 = new HashMap<>();
                    }
                    for (String f : c.forms().get(1)) {
                        Map<String, int[]> byThird = index3.computeIfAbsent(f, x -> new HashMap<>());
                        for (String g : c.forms().get(2)) {
                            add(byThird, g, i);
                        }
                    }
                } else {
                    if (index.isEmpty()) {
                        index = new HashMap<>();
                    }
                    for (String f : c.forms().get(1)) {
                        add(index, f, i);
                    }
                }
            }
            this.always = n == all.length ? alwaysAt : java.util.Arrays.copyOf(alwaysAt, n);
            this.bySecond = index;
            this.bySecondThird = index3;
        }

        /** Adds entry {@code i} under {@code form}, once: two forms of one entry's word may be equal. */
        private static void add(Map<String, int[]> index, String form, int i) {
            int[] at = index.get(form);
            if (at == null) {
                index.put(form, new int[] {i});
            } else if (at[at.length - 1] != i) {
                int[] more = java.util.Arrays.copyOf(at, at.length + 1);
                more[at.length] = i;
                index.put(form, more);
            }
        }

        /** The {@link TermMatcher#signature}s of every second word that {@link #worthTrying} can look up. */
        long followSignature() {
            long sig = 0;
            for (String f : bySecond.keySet()) {
                sig |= signature(f);
            }
            for (String f : bySecondThird.keySet()) {
                sig |= signature(f);
            }
            return sig;
        }

        /** Whether some entry here is a phrase whose second word is no pattern (found by {@link #worthTrying}). */
        boolean hasPhrases() {
            return !bySecond.isEmpty() || !bySecondThird.isEmpty();
        }

        /** Whether the form starts no entry at all (most words). */
        boolean isEmpty() {
            return all.length == 0;
        }

        /** The entries, in the order they were found. */
        List<Entry> entries() {
            return java.util.Arrays.stream(all).map(Compiled::entry).toList();
        }

        /**
         * The indexes of the entries worth trying when the word after this one is token {@code next} of
         * {@code tokens} (-1: there is no next word in the phrase), in their original order: the phrases whose
         * second word, and third when it is no pattern, have a form of those tokens, and {@link #always}.
         */
        int[] worthTrying(Tokens tokens, int next) {
            String[] nextForms = next < 0 || !hasPhrases() ? null : nextForms(tokens, next);
            if (nextForms == null) {
                return always;
            }
            int[] out = null;
            int n = 0;
            int third = UNKNOWN; // the word after next, found when a phrase asks for it
            for (String f : nextForms) {
                int[] more = bySecond.get(f);
                Map<String, int[]> byThird = bySecondThird.get(f);
                if (byThird != null) {
                    if (third == UNKNOWN) {
                        third = nextPlain(tokens, next);
                    }
                    if (third >= 0) {
                        for (String g : tokens.forms(third)) {
                            int[] three = byThird.get(g);
                            if (three != null) {
                                more = more == null ? three : concat(more, three);
                            }
                        }
                    }
                }
                if (more == null) {
                    continue;
                }
                if (out == null) {
                    out = java.util.Arrays.copyOf(always, always.length + more.length);
                    n = always.length;
                } else if (n + more.length > out.length) {
                    out = java.util.Arrays.copyOf(out, n + more.length);
                }
                System.arraycopy(more, 0, out, n, more.length);
                n += more.length;
            }
            if (out == null) {
                return always;
            }
            java.util.Arrays.sort(out, 0, n);
            int m = 0; // without repeats: two forms of the next word can name the same phrase
            for (int i = 0; i < n; i++) {
                if (m == 0 || out[m - 1] != out[i]) {
                    out[m++] = out[i];
                }
            }
            return m == out.length ? out : java.util.Arrays.copyOf(out, m);
        }
    }

    TermMatcher(List<WordList> wordLists) {
        this.lexicon = SwedishLexicon.get();
        // the forms of each pattern: as the last word of an entry (inflected) and elsewhere (as written)
        Map<Pattern, Set<String>> formsOf = new HashMap<>();
        Map<Pattern, Set<String>> formsOfLast = new HashMap<>();
        for (WordList list : wordLists) {
            Set<String> ex = new HashSet<>();
            for (String e : list.exceptions()) {
                ex.addAll(lexicon.formsAsLemma(e));
            }
            exceptions.put(list.name(), ex);
            for (Entry entry : list.entries()) {
                List<Pattern> words = entry.words();
                List<Set<String>> wordForms = new ArrayList<>(words.size());
                for (int k = 0; k < words.size(); k++) {
                    Pattern p = words.get(k);
                    boolean inflect = k == words.size() - 1 && !p.head() && !p.exact();
                    // "*tomtar" is a form, not a lemma: its own endings only, not every form of "tomte"
                    wordForms.add((inflect ? formsOfLast : formsOf).computeIfAbsent(p, x -> !inflect
                            ? Set.of(x.word()) : x.tail() ? lexicon.formsAsLemma(x.word()) : lexicon.forms(x.word())));
                }
                Compiled e = new Compiled(entry, List.copyOf(wordForms));
                if (words.size() > 1 && !words.get(1).head() && !words.get(1).tail()) {
                    secondForms.addAll(wordForms.get(1)); // as Candidates indexes it by its second word
                }
                Pattern p = words.get(0);
                Set<String> forms = wordForms.get(0);
                if (p.tail() && p.head()) {
                    infixes.put(p.word(), e);
                } else if (p.tail()) {
                    forms.forEach(f -> tails.put(f, e));
                } else if (p.head()) {
                    heads.put(p.word(), e);
                } else {
                    forms.forEach(f -> exact.computeIfAbsent(f, x -> new ArrayList<>()).add(e));
                    if (words.size() == 1 && p.word().length() >= MIN_COMPOUND_PART) {
                        forms.forEach(f -> compoundTails.put(f, e));
                        compoundHeads.put(p.word(), e);
                        String base = p.word();
                        char last = base.charAt(base.length() - 1);
                        if (last == 'e' || last == 'a') {
                            compoundHeads.put(base.substring(0, base.length() - 1), e); // skitstövel, fittkärring
                        }
                    }
                    if (list.name().equals(Constructions.PERSON_LIST) && words.size() == 1) {
                        personForms.addAll(forms);
                    }
                }
            }
        }
    }

    /**
     * Whether {@code out} from {@code from} on, the matches that start at the same token, has one of
     * {@code list} that ends at {@code last}: a few matches at most start at one token.
     */
    private static boolean listedAlready(ArrayList<Match> out, int from, String list, int last) {
        for (int k = from; k < out.size(); k++) {
            Match m = out.get(k);
            if (m.last() == last && m.entry().list().equals(list)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code form} is a form of some phrase's second word: a word that has none asks for no phrase
     * beyond {@link Candidates#always}, so the matcher need not read it.
     */
    boolean isSecondForm(String form) {
        return secondForms.contains(form);
    }

    /** One bit of 64 for a word form: the same form, the same bit. */
    static long signature(String form) {
        int h = form.hashCode() * 0x9E3779B1; // spread: the top six bits choose the bit
        return 1L << (h >>> 26);
    }

    /**
     * Whether a phrase can start with token {@code first} and go on with token {@code next}: no, when {@code next}
     * is a word none of whose forms is a phrase's second word, or when the two words' signatures share no bit
     * (then no form of {@code next} is a second word of a phrase that {@code first} starts). Told from the two words
     * alone, without their forms and entries.
     */
    private static boolean mayFollow(Tokens tokens, int first, int next) {
        if (!maySecond(tokens, next)) {
            return false;
        }
        WordTable.Word a = tokens.word(first);
        WordTable.Word b = tokens.word(next);
        return a == null || b == null || (a.followSignature & b.secondSignature) != 0;
    }

    /** Whether token {@code next} can be a phrase's second word: not a word none of whose forms is one. */
    private static boolean maySecond(Tokens tokens, int next) {
        return !tokens.isWord(next) || tokens.has(next, WordTable.SECOND_WORD);
    }

    /** The forms of the word after a phrase's first, or null when none can be a second word of a phrase. */
    private static String[] nextForms(Tokens tokens, int next) {
        return maySecond(tokens, next) ? tokens.forms(next) : null;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Every match in {@code tokens}; a list's match is not repeated for the same tokens. */
    List<Match> match(Tokens tokens) {
        ArrayList<Match> out = new ArrayList<>(); // a class, not List: C1 calls its methods without an itable
        // when every token is a word, only those that start an entry, which the tokenizer listed; else every token
        boolean listed = tokens.allWords;
        int count = listed ? tokens.entryStarts() : tokens.size();
        for (int k = 0; k < count; k++) {
            int i = listed ? tokens.entryStart(k) : k;
            int firstHere = out.size(); // the matches that start at this token follow from here
            int next = UNKNOWN; // the word after this one, found once for all phrases that start here
            boolean isWord = tokens.isWord(i); // told by the token's flags: the word itself is read only when needed
            if (isWord && !tokens.has(i, WordTable.STARTS_ENTRY)) {
                continue; // most words: no form of theirs starts an entry
            }
            if (isWord && !tokens.has(i, WordTable.STARTS_ALONE)) {
                // only phrases start here ("det", "är"): none can match unless the next word can be a second word
                next = nextPlain(tokens, i);
                if (next < 0 || !mayFollow(tokens, i, next)) {
                    continue;
                }
            }
            WordTable.Word word = tokens.word(i);
            String[] forms = tokens.forms(i);
            boolean joined = tokens.joined(i);
            for (int f = 0; f < forms.length; f++) {
                Candidates c;
                if (word != null) {
                    c = word.candidates[f]; // worked out once for the word; null when too long
                } else {
                    String form = forms[f];
                    c = form.length() > MAX_WORD ? null : candidates(form);
                }
                if (c == null || c.isEmpty()) {
                    continue;
                }
                if (c.hasPhrases() && next == UNKNOWN) {
                    next = joined ? -1 : nextPlain(tokens, i);
                }
                int[] worth = c.worthTrying(tokens, next);
                for (int idx : worth) {
                    Compiled e = c.all[idx];
                    int last = i;
                    if (e.forms().size() > 1) {
                        if (next == UNKNOWN) {
                            next = joined ? -1 : nextPlain(tokens, i);
                        }
                        last = next < 0 ? -1 : matchRest(e, tokens, next);
                    }
                    if (last < 0) {
                        continue;
                    }
                    if (!listedAlready(out, firstHere, e.entry().list(), last)) {
                        out.add(new Match(e.entry(), i, last, forms[f], tokens.evasion(i) || f > 0));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The entries {@code form} can start, except those whose list names it as an exception, through a bounded
     * cache: for a token that is no {@link WordTable} word (a spelled-out word joined), which nothing else keeps.
     */
    Candidates candidates(String form) {
        Candidates known = joinedCandidates.get(form);
        if (known != null) {
            return known;
        }
        Candidates result = candidatesOf(form);
        if (joinedCandidates.size() < CANDIDATE_CACHE_SIZE) {
            joinedCandidates.put(form, result);
        }
        return result;
    }

    /**
     * The entries {@code form} can start, worked out each time: for {@link WordTable}, which keeps the answer with
     * the word (a cache here would only be one more look-up, and one more entry, per new word). No lambda or stream:
     * this runs for every new word of a check run, much of it before the JIT has compiled anything better than C1.
     */
    Candidates candidatesOf(String form) {
        List<Compiled> found = new ArrayList<>(2);
        collectCandidates(form, found);
        if (found.isEmpty()) {
            return NONE; // most forms
        }
        List<Compiled> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Compiled c = found.get(i);
            Set<String> ex = exceptions.get(c.entry().list());
            if ((ex == null || !ex.contains(form)) && !kept.contains(c)) {
                kept.add(c);
            }
        }
        return kept.isEmpty() ? NONE : new Candidates(kept.toArray(new Compiled[0]));
    }

    private void collectCandidates(String w, List<Compiled> into) {
        List<Compiled> hit = exact.get(w);
        if (hit != null) {
            into.addAll(hit);
        }
        if (!tails.isEmpty()) {
            tails.collect(w, 0, into);
        }
        if (!heads.isEmpty()) {
            heads.collect(w, 0, into);
        }
        if (!infixes.isEmpty()) {
            for (int k = 0; k < w.length(); k++) {
                infixes.collect(w, k, into);
            }
        }
        if (hit == null && w.length() > MIN_COMPOUND_PART + 2) {
            compounds(w, into);
        }
    }

    /** A compound of a list word and a real first part, or of a list word and a person noun. */
    private void compounds(String w, List<Compiled> into) {
        compoundTails.walk(w, 0, new CompoundTail(w, into));
        if (!personForms.isEmpty()) {
            compoundHeads.walk(w, 0, new PersonCompound(w, into));
        }
    }

    /**
     * A walk over the parts of {@code w} that adds what it finds to {@code into}: named classes, not lambdas (see
     * {@link #candidatesOf}).
     */
    private abstract static class PartsOf implements CharTrie.Visitor<Compiled> {
        final String w;
        final List<Compiled> into;

        PartsOf(String w, List<Compiled> into) {
            this.w = w;
            this.into = into;
        }
    }

    /** A list word at the end of {@code w} after a real first part. */
    private final class CompoundTail extends PartsOf {
        CompoundTail(String w, List<Compiled> into) {
            super(w, into);
        }

        @Override
        public void found(int from, int to, List<Compiled> values) {
            if (from < 3) {
                return;
            }
            String head = w.substring(0, from);
            Boolean realHead = null; // asked only when needed: the compound dictionary is read on the first question
            for (Compiled c : values) {
                Entry e = c.entry();
                // any first part will do for a person (justitieministern), even in a compound the dictionary lists
                // (a "socialminister" is a minister): Swedish compounds are right-headed
                if (REFERENT_LISTS.contains(e.list())) {
                    into.add(c);
                    continue;
                }
                if (realHead == null) {
                    realHead = lexicon.isCompoundHead(head);
                }
                // for other lists a listed whole word wins (a "marsvin" is no "svin"), and a strong insult of five
                // letters or more stays one in a listed compound (praktarsle)
                String tail = e.words().get(0).word();
                boolean trusted = STRONG_LISTS.contains(e.list()) && tail.length() >= 5;
                if (realHead && (trusted || !lexicon.isPlainWord(head + tail) && !lexicon.isPlainWord(w))) {
                    into.add(c);
                }
            }
        }
    }

    /** A list word at the start of {@code w} before a person noun ("idiotpolitiker"). */
    private final class PersonCompound extends PartsOf {
        PersonCompound(String w, List<Compiled> into) {
            super(w, into);
        }

        @Override
        public void found(int from, int to, List<Compiled> values) {
            int rest = to < w.length() && w.charAt(to) == 's' ? to + 1 : to;
            if (w.length() - to < 4 || !(personForms.contains(w.substring(to)) || personForms.contains(w.substring(rest)))) {
                return;
            }
            if (!lexicon.isWord(w)) {
                into.addAll(values);
            }
        }
    }

    private static final int UNKNOWN = -2;

    /**
     * The last token of a phrase entry whose first word matched and whose second word may be the token at
     * {@code second}, or -1 when the rest does not follow.
     */
    private static int matchRest(Compiled e, Tokens tokens, int second) {
        List<Pattern> words = e.entry().words();
        int pos = second;
        for (int k = 1; k < words.size(); k++) {
            if (k > 1) {
                pos = nextPlain(tokens, pos);
            }
            if (pos < 0 || !anyForm(words.get(k), e.forms().get(k), tokens.forms(pos))) {
                return -1;
            }
        }
        return pos;
    }

    private static int nextPlain(Tokens tokens, int pos) {
        int start = tokens.end(pos);
        for (int j = pos + 1; j < tokens.size(); j++) {
            if (tokens.start(j) < start) {
                continue;
            }
            if (!tokens.joined(j)) {
                return tokens.breakBefore(j) ? -1 : j; // a phrase does not run across a sentence end
            }
        }
        return -1;
    }

    private static boolean anyForm(Pattern p, Set<String> forms, String[] tokenForms) {
        for (String w : tokenForms) {
            if (p.tail() && p.head() ? w.contains(p.word())
                    : p.head() ? w.startsWith(p.word())
                    : p.tail() ? endsWithAny(w, forms) : forms.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String w, Set<String> forms) {
        for (String f : forms) {
            if (w.endsWith(f)) {
                return true;
            }
        }
        return false;
    }
}
