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
    /**
     * Where a link can start ({@code http://}, {@code https://}, {@code www.}, in any case): an h before a t or a w
     * before a w, at the start of the text, after white space or after one of {@code ([<"'”“«}.
     */
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
        return of(text.toCharArray(), text.length());
    }

    /**
     * Whether a character may be a mark: the ASCII ones {@link #ASCII} names, and from U+00A9 on ©, «, the
     * characters {@link #nonAscii} looks at for digits and invisible characters, and (the last entry, read for any
     * character above Latin-1 through {@code Math.min}, which needs no branch) every character above Latin-1.
     * Letters, spaces and most punctuation are 0 (ordinary prose: 96 characters in 100).
     */
    private static final byte[] MAYBE = new byte[0x101];

    static {
        for (int c = 0; c <= 0x100; c++) {
            MAYBE[c] = (byte) ((c < 0x80 ? ASCII[c] != 0 : c == '©' || c == '«' || c >= 0xAD && c < 0xC0 || c > 0xFF)
                    ? 1 : 0);
        }
    }

    /** Characters read per round: the places that may be marks are gathered first, then looked at. */
    private static final int ROUND = 512;

    /**
     * The marks of the first {@code n} characters of {@code chars}. Each round first gathers the places whose
     * character may be a mark with no branch per character (the place is always written and the count grows by
     * {@link #MAYBE}), then looks at those few: a test per character that is rarely true is a branch the processor
     * mispredicts each time it is, which cost more than the rest of the pass.
     */
    static TextMarks of(char[] chars, int n) {
        TextMarks m = new TextMarks();
        int[] places = new int[Math.min(n, ROUND) + 1];
        for (int from = 0; from < n; from += ROUND) {
            int to = Math.min(n, from + ROUND);
            int count = 0;
            for (int k = from; k < to; k++) {
                places[count] = k;
                count += MAYBE[Math.min(chars[k], 0x100)];
            }
            for (int i = 0; i < count; i++) {
                int k = places[i];
                char c = chars[k];
                if (c < 0x80) {
                    m.ascii(chars, n, c, k);
                } else {
                    m.nonAscii(c, k);
                }
            }
        }
        return m;
    }

    private void ascii(char[] chars, int n, char c, int k) {
        switch (ASCII[c]) {
            case STOP -> stops.add(k);
            case QUOTE -> quotes.add(k);
            case COLON -> credits.add(k);
            case DIGIT -> {
                digits.add(k);
                anyDigit = true;
            }
            default -> { // h or w: http://, https://, www.
                char second = (char) ((c | 0x20) == 'h' ? 't' : 'w');
                if (k + 1 < n && (chars[k + 1] | 0x20) == second) {
                    char prev = k == 0 ? ' ' : chars[k - 1];
                    if (k == 0 || Character.isWhitespace(prev) || "([<\"'”“«".indexOf(prev) >= 0) {
                        linkStarts.add(k);
                    }
                }
            }
        }
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
