package io.github.policykoll.internal;

import java.util.Arrays;

/**
 * Where the characters that start or end something stand in a text, found in one pass over it: sentence
 * punctuation, quotation marks, colons and {@code ©} (photo credits), the places where a link can start, and
 * digits. The scanners for sentences, quotations, credits, links, numbers and punctuation runs then look only
 * at these places instead of each reading the whole text again; on ordinary prose they are a few per cent of
 * its characters. Positions are UTF-16 indexes into the text, in increasing order.
 */
final class TextMarks {
    private static final byte STOP = 1;
    private static final byte QUOTE = 2;
    private static final byte COLON = 4;
    private static final byte DIGIT = 8;
    private static final byte LINK = 16;
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c : "\n.!?".toCharArray()) {
            ASCII[c] = STOP;
        }
        ASCII['"'] = QUOTE;
        ASCII['\''] = QUOTE;
        ASCII[':'] = COLON;
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
        }
        for (char c : "hHwW".toCharArray()) {
            ASCII[c] = LINK;
        }
    }

    /** {@code \n . ! ? …}: where a sentence may end, and where runs of {@code !?} start. */
    final Positions stops = new Positions();
    /** Double and single quotation marks and apostrophes (see {@link Constructions#quotedRegions}). */
    final Positions quotes = new Positions();
    /** {@code :} and {@code ©}, where a photo credit is found from. */
    final Positions credits = new Positions();
    /** An h or a w at the start of the text, after white space or after one of {@code ([<"'”“«}. */
    final Positions linkStarts = new Positions();
    /** ASCII digits. */
    final Positions digits = new Positions();
    /** A digit of any script. */
    boolean anyDigit;
    /**
     * A character the number scanners read through a shadow of the text: a digit of another script, an invisible
     * character, a full-width minus or plus.
     */
    boolean numberShadow;

    private TextMarks() {
    }

    static TextMarks of(String text) {
        return of(text.toCharArray());
    }

    /** The marks of the text whose characters are {@code chars}. */
    static TextMarks of(char[] chars) {
        TextMarks m = new TextMarks();
        int n = chars.length;
        char prev = ' ';
        for (int k = 0; k < n; k++) {
            char c = chars[k];
            if (c < 0x80) {
                byte kind = ASCII[c];
                if (kind != 0) {
                    switch (kind) {
                        case STOP -> m.stops.add(k);
                        case QUOTE -> m.quotes.add(k);
                        case COLON -> m.credits.add(k);
                        case DIGIT -> {
                            m.digits.add(k);
                            m.anyDigit = true;
                        }
                        default -> {
                            if (k == 0 || Character.isWhitespace(prev) || "([<\"'”“«".indexOf(prev) >= 0) {
                                m.linkStarts.add(k);
                            }
                        }
                    }
                }
            } else {
                m.nonAscii(c, k);
            }
            prev = c;
        }
        return m;
    }

    private void nonAscii(char c, int k) {
        switch (c) {
            case '…' -> stops.add(k);
            case '“', '”', '«', '»', '„', '‘', '’' -> quotes.add(k);
            case '©' -> credits.add(k);
            default -> {
            }
        }
        if (c >= '\u00AD' && (c < '\u00C0' || c > '\u00FF')) { // å, ä, ö, é ...: no digit, nothing invisible
            boolean digit = Character.isDigit(c);
            anyDigit |= digit;
            numberShadow |= digit || TextNormalizer.isInvisible(c) || c == '\uFF0D' || c == '\uFF0B';
        }
    }

    /** A growing list of increasing positions. */
    static final class Positions {
        private static final int[] NONE = new int[0];
        private int[] at = NONE; // most texts have none of most marks: no array until the first
        private int size;

        void add(int position) {
            if (size == at.length) {
                at = Arrays.copyOf(at, Math.max(8, size * 2));
            }
            at[size++] = position;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return at[i];
        }

        boolean isEmpty() {
            return size == 0;
        }
    }
}
