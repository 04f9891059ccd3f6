package io.github.policykoll.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Everything the analysis needs to know about a word as written, worked out once per engine and found again
 * with one hash probe over the characters of the text: its folded forms (case, stretched letters, look-alikes,
 * leetspeak), the word-list entries each form can start, its construction flags and its letter counts.
 *
 * <p>Real text repeats its words, so after a short while most words of a post cost one probe: no substring, no
 * lower-casing, no hash of a new string, no dictionary or trie walk, no second look at its letters for the tone
 * statistics. Only a word's own characters decide what is stored, so a cached word gives exactly what working
 * it out again would. The table is bounded ({@value #CAPACITY} words, open addressing at half load, never
 * resized and never emptied): past the bound new words are worked out each time and not kept, so a flood of
 * made-up words cannot grow it. Lock-free: a word is inserted with one compare-and-set, and two threads that
 * work out the same word at once both get a correct answer.
 */
final class WordTable {
    static final int CAPACITY = 65_536;
    private static final int SLOTS = CAPACITY * 2;
    /** A word longer than this is worked out each time and never kept (no real word is this long). */
    static final int MAX_KEPT = 48;

    /** {@link Word#bits}: capitalised and not all capitals (a name, if inside a sentence). */
    static final int CAPITALISED = 1 << 20;
    /** {@link Word#bits}: the word may name a street. */
    static final int STREET = 1 << 21;
    /** {@link Word#bits}: some form of the word starts a word-list entry. */
    static final int STARTS_ENTRY = 1 << 22;
    /** {@link Word#bits}: the bits that are {@link Constructions}' flags. */
    static final int CONSTRUCTION_FLAGS = (1 << 20) - 1;

    /**
     * A word as written ({@link #raw}) and what follows from its characters alone.
     */
    static final class Word {
        final String raw;
        /** {@link #packed(String, int, int)} of the word: most words are found again without reading {@link #raw}. */
        final long packed;
        /** {@code forms[0]} is the folded word; further forms undo evasions (see {@link Token}). */
        final String[] forms;
        /** The folded form differs from the plain lower-case word. */
        final boolean evasion;
        /** One character, or folds to one (a letter of a spelled-out word). */
        final boolean single;
        /** Per form, the word-list entries it can start; null for a form too long to match. */
        final TermMatcher.Candidates[] candidates;
        final int letters;
        final int cased;
        final int upper;
        final boolean lower;
        /** Listed among the pack's acronyms. */
        final boolean listedAcronym;
        /**
         * What the passes after tokenizing ask of every word, copied into its {@link Token} so that they need not
         * read the word again: {@link Constructions}' flags of the folded form ({@link #CONSTRUCTION_FLAGS}),
         * {@link #CAPITALISED}, {@link #STREET} (see {@link TextAnalyzer#isStreetName}), {@link #STARTS_ENTRY}.
         */
        final int bits;

        private Word(String raw, String[] forms, boolean evasion, TermMatcher matcher, Set<String> acronyms) {
            this.raw = raw;
            this.packed = packed(raw, 0, raw.length());
            this.forms = forms;
            this.evasion = evasion;
            this.single = raw.codePointCount(0, raw.length()) == 1
                    || forms[0].codePointCount(0, forms[0].length()) == 1;
            this.candidates = new TermMatcher.Candidates[forms.length];
            for (int f = 0; f < forms.length; f++) {
                candidates[f] = forms[f].length() > TermMatcher.MAX_WORD ? null : matcher.candidates(forms[f]);
            }
            int wordLetters = 0;
            int cased = 0;
            int upper = 0;
            boolean lower = false;
            for (int k = 0; k < raw.length(); k++) {
                char c = raw.charAt(k);
                if (c < 0x80) { // most letters: ASCII, decided without Unicode's tables
                    boolean up = c >= 'A' && c <= 'Z';
                    boolean low = c >= 'a' && c <= 'z';
                    if (up || low) {
                        wordLetters++;
                        cased++;
                        upper += up ? 1 : 0;
                        lower |= low;
                    }
                } else if (Character.isLetter(c)) {
                    wordLetters++;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                    lower |= Character.isLowerCase(c);
                    // Arabic, Hebrew, Chinese ... have no capitals: such letters are never shouting
                    cased += Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c) ? 1 : 0;
                }
            }
            this.letters = wordLetters;
            this.cased = cased;
            this.upper = upper;
            this.lower = lower;
            this.listedAcronym = acronyms.contains(forms[0]);
            int flags = Constructions.flagsOf(forms[0]);
            if ((flags & ~CONSTRUCTION_FLAGS) != 0) {
                throw new IllegalStateException("construction flags do not fit in Word.bits: " + flags);
            }
            boolean startsEntry = false;
            for (TermMatcher.Candidates c : candidates) {
                startsEntry |= c != null && !c.isEmpty();
            }
            this.bits = flags | (capitalised(raw) ? CAPITALISED : 0)
                    | (TextAnalyzer.isStreetName(raw, forms[0]) ? STREET : 0) | (startsEntry ? STARTS_ENTRY : 0);
        }

        private static boolean capitalised(String raw) {
            if (raw.length() < 2 || !Character.isUpperCase(raw.charAt(0))) {
                return false;
            }
            for (int k = 1; k < raw.length(); k++) {
                if (Character.isLowerCase(raw.charAt(k))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final TermMatcher matcher;
    private final Set<String> acronyms;
    private final AtomicReferenceArray<Word> slots = new AtomicReferenceArray<>(SLOTS);
    /**
     * The hash of the word in each slot, written after the word; 0 until then. A word whose hash is 0 is
     * compared by its characters like an unwritten one.
     */
    private final int[] hashes = new int[SLOTS];
    private final AtomicInteger size = new AtomicInteger();

    WordTable(TermMatcher matcher, Set<String> acronyms) {
        this.matcher = matcher;
        this.acronyms = acronyms;
    }

    /** The word {@code text[start, end)}, whose {@link String#hashCode()} is {@code hash}. */
    Word word(String text, int start, int end, int hash) {
        int len = end - start;
        if (len > MAX_KEPT) {
            return create(text.substring(start, end));
        }
        long packed = packed(text, start, end);
        int mask = SLOTS - 1;
        int i = mix(hash) & mask;
        for (;; i = (i + 1) & mask) {
            // the hashes sit in an array of their own, so that a probe past another word reads no object
            int h = hashes[i];
            if (h == hash || h == 0) {
                Word w = slots.get(i);
                if (w == null) {
                    break; // an empty slot: the word is not kept
                }
                // a short word is compared by its packed characters, without reading the string and its array
                if (packed != 0 ? w.packed == packed
                        : w.raw.length() == len && text.regionMatches(start, w.raw, 0, len)) {
                    return w;
                }
            }
        }
        Word made = create(text.substring(start, end));
        if (size.get() < CAPACITY) {
            // i is empty unless another thread took it meanwhile: then look on for a free slot
            for (int probes = 0; probes < SLOTS; probes++, i = (i + 1) & mask) {
                if (slots.compareAndSet(i, null, made)) {
                    hashes[i] = hash; // a reader that does not see it yet looks at the word itself (h == 0)
                    size.incrementAndGet();
                    break;
                }
                Word other = slots.get(i);
                if (other.raw.equals(made.raw)) {
                    return other;
                }
            }
        }
        return made;
    }

    /**
     * The word's characters one byte each, the first in the lowest byte, if it has at most eight and all are
     * Latin-1 and not 0; 0 otherwise. Two words with such a form are equal exactly when their forms are.
     */
    static long packed(String text, int start, int end) {
        if (end - start > 8) {
            return 0;
        }
        long p = 0;
        for (int k = end - 1; k >= start; k--) {
            char c = text.charAt(k);
            if (c > 0xFF || c == 0) {
                return 0;
            }
            p = p << 8 | c;
        }
        return p;
    }

    /** The number of words kept. */
    int size() {
        return size.get();
    }

    private static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }

    private Word create(String raw) {
        if (isPlainSwedish(raw)) {
            // the common case: Latin and Swedish letters only, nothing to undo but case and stretched letters
            String folded = raw.toLowerCase(Locale.ROOT);
            String one = TextNormalizer.squeeze(folded, 1);
            if (one == folded) {
                return new Word(raw, new String[] {folded}, false, matcher, acronyms);
            }
            String two = TextNormalizer.squeeze(folded, 2);
            List<String> forms = new ArrayList<>(3);
            forms.add(folded);
            if (one.length() >= 3) {
                forms.add(one);
            }
            if (two.length() >= 3 && !two.equals(one) && !two.equals(folded)) { // "till": no second "till"
                forms.add(two);
            }
            return new Word(raw, forms.toArray(String[]::new), false, matcher, acronyms);
        }
        String plain = TextNormalizer.plain(raw);
        String folded = TextNormalizer.fold(raw);
        Set<String> forms = new LinkedHashSet<>(4);
        forms.add(folded);
        forms.add(TextNormalizer.unLeet(folded));
        forms.add(TextNormalizer.stripMarks(folded)); // a mark on every letter: ídíót
        for (String f : List.copyOf(forms)) {
            // stretched letters (idiooooot); a squeezed form shorter than three letters is no word to match
            for (int keep = 1; keep <= 2; keep++) {
                String squeezed = TextNormalizer.squeeze(f, keep);
                if (squeezed.length() >= 3) {
                    forms.add(squeezed);
                }
            }
        }
        return new Word(raw, forms.toArray(String[]::new), !plain.equals(folded), matcher, acronyms);
    }

    /** Only a-z, A-Z and the Latin-1 letters (å, ä, ö, é, ü ...): no digit, mark, look-alike or invisible. */
    private static boolean isPlainSwedish(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean latin1 = c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
            if (!ascii && !latin1) {
                return false;
            }
        }
        return true;
    }
}
