package io.github.policykoll.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds a word to the form word lists are matched in: NFKC, lower case, invisible characters and
 * combining marks removed, look-alike letters from other alphabets folded to Latin. Also undoes
 * digits-for-letters and stretched letters. All methods work on one word; offsets are kept by the
 * tokenizer, which knows where each word stands in the original text.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    /**
     * Look-alike letters and the Latin letter they pass for, keyed by lower case: {@value #TABLE}, derived from
     * Unicode's confusables (UTS #39) and checked against them by ConfusablesTableTest.
     */
    static final String TABLE = "confusables-latin.txt";
    /** Below this code point a plain array; above it (rare scripts) a binary search. */
    private static final int DIRECT = 0x3000;
    private static final char[] FOLD = new char[DIRECT];
    private static final int[] FAR_KEYS;
    private static final char[] FAR_VALUES;

    static {
        java.util.TreeMap<Integer, Character> far = new java.util.TreeMap<>();
        for (String line : resource(TABLE)) {
            int cp = Integer.parseInt(line.substring(0, line.indexOf(' ')), 16);
            char latin = line.charAt(line.indexOf(' ') + 1);
            if (cp < DIRECT) {
                FOLD[cp] = latin;
            } else {
                far.put(cp, latin);
            }
        }
        FAR_KEYS = far.keySet().stream().mapToInt(Integer::intValue).toArray();
        FAR_VALUES = new char[FAR_KEYS.length];
        int i = 0;
        for (char c : far.values()) {
            FAR_VALUES[i++] = c;
        }
    }

    /** The Latin letter {@code lower} passes for, or 0. */
    static char lookAlike(int lower) {
        if (lower < DIRECT) {
            return FOLD[lower];
        }
        int at = java.util.Arrays.binarySearch(FAR_KEYS, lower);
        return at >= 0 ? FAR_VALUES[at] : 0;
    }

    /** Unicode's Default_Ignorable_Code_Point as ranges (first, last), checked by ConfusablesTableTest. */
    static final String IGNORABLE_TABLE = "default-ignorable.txt";
    private static final int[] IGNORABLE_FIRST;
    private static final int[] IGNORABLE_LAST;

    static {
        List<int[]> ranges = new ArrayList<>();
        for (String line : resource(IGNORABLE_TABLE)) {
            String[] f = line.split(" ");
            ranges.add(new int[] {Integer.parseInt(f[0], 16), Integer.parseInt(f[1], 16)});
        }
        IGNORABLE_FIRST = ranges.stream().mapToInt(r -> r[0]).toArray();
        IGNORABLE_LAST = ranges.stream().mapToInt(r -> r[1]).toArray();
    }

    /** The lines of a table beside this class, without comments and blank lines. */
    private static List<String> resource(String name) {
        try (java.io.InputStream in = TextNormalizer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the policykoll-core jar");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * True for characters that are invisible but may sit inside a word to dodge a filter: Unicode's
     * Default_Ignorable_Code_Point (soft hyphen, zero-width spaces and joiners, direction overrides such as
     * U+202E, Hangul fillers such as U+3164, variation selectors, tag characters U+E0000-E0FFF, ...).
     */
    static boolean isInvisible(int cp) {
        if (cp < 0xAD) {
            return false; // the common case: nothing below the soft hyphen is invisible
        }
        int at = java.util.Arrays.binarySearch(IGNORABLE_FIRST, cp);
        int range = at >= 0 ? at : -at - 2;
        return range >= 0 && cp <= IGNORABLE_LAST[range];
    }

    /**
     * The word with every accent removed but the Swedish letters å, ä and ö kept: a mark on every letter
     * ("ídíót", or i + U+0301 ...) undone. Returns the word itself when it has nothing to remove.
     */
    static String stripMarks(String folded) {
        String d = Normalizer.normalize(folded, Normalizer.Form.NFD);
        if (d.length() == folded.length()) {
            return folded;
        }
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            boolean swedish = i > 0 && ((c == '\u030A' && d.charAt(i - 1) == 'a') // å
                    || (c == '\u0308' && (d.charAt(i - 1) == 'a' || d.charAt(i - 1) == 'o'))); // ä ö
            if (!mark || swedish) {
                sb.append(c);
            }
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Lower case and NFKC only: how the word looks without any evasion undone. */
    static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The folded form: {@link #plain}, then invisible characters and marks removed, look-alikes folded. */
    static String fold(String word) {
        String n = Normalizer.normalize(word, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            int lower = Character.toLowerCase(cp);
            char latin = lower < 0x80 ? 0 : lookAlike(lower);
            if (latin != 0) {
                sb.append(latin);
            } else {
                sb.appendCodePoint(lower);
            }
        }
        // NFKC again: removing an invisible character can join a letter with a following mark
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Digits used as letters (1d10t → idiot), only in words that also have letters. */
    static String unLeet(String word) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            letter |= Character.isLetter(c);
            digit |= c >= '0' && c <= '9';
        }
        if (!letter || !digit) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return sb.toString();
    }

    /**
     * Stretched letters squeezed: every run of three or more of the same letter becomes {@code keep} letters
     * (idiooooot → idiot with keep 1). Returns the word itself when it has no such run.
     */
    static String squeeze(String word, int keep) {
        boolean stretched = false;
        for (int i = 2; i < word.length() && !stretched; i++) {
            stretched = word.charAt(i) == word.charAt(i - 1) && word.charAt(i) == word.charAt(i - 2);
        }
        if (!stretched) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length());
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            run = i > 0 && word.charAt(i - 1) == c ? run + 1 : 1;
            if (run <= keep) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when every character can stand in a word: letters, digits, marks, emoji. */
    static boolean isWordText(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (!isWordChar(cp) && !isEmoji(cp)) {
                return false;
            }
        }
        return true;
    }

    /** å, ä, ö, é, ü ...: the letters of Latin-1 (not × and ÷), decided without Unicode's tables. */
    static boolean isLatin1Letter(char c) {
        return c >= '\u00C0' && c <= '\u00FF' && c != '\u00D7' && c != '\u00F7';
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x100) { // ASCII and Latin-1, most of any text (å, ä, ö): read from a table
            return LATIN1_WORD_CHAR[cp];
        }
        return isWordCharByUnicode(cp);
    }

    /**
     * {@link #isWordChar} of each Latin-1 character: {@code Character.isLetterOrDigit} costs a look-up through the
     * character's Unicode block each time, which was a fifth of tokenizing Swedish text (a word starting with å,
     * ä or ö, as "är" does).
     */
    private static final boolean[] LATIN1_WORD_CHAR = new boolean[0x100];

    static {
        for (int c = 0; c < 0x100; c++) {
            LATIN1_WORD_CHAR[c] = c < 0x80
                    ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    : isWordCharByUnicode(c);
        }
    }

    /** {@link #isWordChar} of a character beyond ASCII, by Unicode's tables: a letter, a digit or a combining mark. */
    private static boolean isWordCharByUnicode(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50 || cp == 0x2B55
                || cp == 0x203C || cp == 0x2049;
    }
}
