package io.github.policykoll.internal;

import java.text.Normalizer;
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

    /** Look-alike letters (Cyrillic, Greek) and their Latin counterparts, in pairs. */
    private static final String CONFUSABLES =
            // Cyrillic
            "аaвbсcеeһhіiјjкkмmнhоoрpѕsтtуyхxԁdԛqԝwӏlёeїiґgɡg"
            // Greek
            + "αaβbεeηnιiκkμuνvοoρpτtυuχxωwςcγy"
            // Latin variants
            + "ıiſsɑaɩiʟlǀl";

    private static final char[] FOLD = new char[0x0530];

    static {
        for (int i = 0; i < CONFUSABLES.length(); i += 2) {
            FOLD[CONFUSABLES.charAt(i)] = CONFUSABLES.charAt(i + 1);
        }
    }

    /**
     * True for characters that are invisible but may sit inside a word to dodge a filter: Unicode's
     * Default_Ignorable_Code_Point, that is every format character (general category Cf, from the JDK's
     * Unicode tables: soft hyphen, zero-width spaces and joiners, direction overrides such as U+202E, tag
     * characters U+E0000-E007F) plus the few default-ignorable characters of other categories (Unicode's
     * DerivedCoreProperties: combining grapheme joiner, Hangul fillers U+115F, U+1160, U+3164, U+FFA0,
     * Khmer and Mongolian invisible vowels and selectors, variation selectors).
     */
    static boolean isInvisible(int cp) {
        if (cp < 0xAD) {
            return false; // the common case: nothing below the soft hyphen is invisible
        }
        return Character.getType(cp) == Character.FORMAT || cp == 0x034F || cp == 0x115F || cp == 0x1160
                || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F) || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
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
            if (lower < FOLD.length && FOLD[lower] != 0) {
                sb.append(FOLD[lower]);
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

    static boolean isWordChar(int cp) {
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
