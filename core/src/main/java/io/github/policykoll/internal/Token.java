package io.github.policykoll.internal;

/**
 * A word (or emoji) of the original text: {@code start..end} in UTF-16 units, and the candidate forms the
 * word lists are matched against ({@link #forms()}). A long post has tens of thousands, so a token is small:
 * its positions, the word it is (or the forms of an emoji or a spelled-out word) and one long of flags and letter
 * counts ({@link WordTable.Word#info}, with the token's own flags in bits the word does not use).
 */
final class Token {
    /** The token is an emoji. */
    private static final long EMOJI = 1L << 30;
    /** A word spelled out in separate letters ("i d i o t"), covering those letters. */
    private static final long JOINED = 1L << 31;
    /** A sentence end or line break stands between this and the previous word. */
    private static final long BREAK_BEFORE = 1L << 56;

    static {
        long own = EMOJI | JOINED | BREAK_BEFORE;
        long word = WordTable.BITS | WordTable.EVASION | WordTable.SINGLE | WordTable.LOWER
                | WordTable.LISTED_ACRONYM | WordTable.LONG_WORD | WordTable.SECOND_WORD | WordTable.STARTS_ALONE
                | WordTable.WRITTEN
                | 0x00FF_FFFF_0000_0000L; // the letter counts
        if ((own & word) != 0) {
            throw new IllegalStateException("a token's own flags overlap the word's info");
        }
    }

    private final int start;
    private final int end;
    /** The {@link WordTable.Word} of a word; the forms ({@code String[]}) of an emoji or a spelled-out word. */
    private final Object what;
    private final long info;

    private Token(int start, int end, Object what, long info) {
        this.start = start;
        this.end = end;
        this.what = what;
        this.info = info;
    }

    /** A word found in the word table, or worked out, with its {@link WordTable.Word#info}. */
    static Token word(int start, int end, boolean breakBefore, WordTable.Word word, long info) {
        return new Token(start, end, word, info | (breakBefore ? BREAK_BEFORE : 0));
    }

    /** An emoji. */
    static Token emoji(int start, int end, boolean breakBefore, String emoji) {
        return new Token(start, end, new String[] {emoji}, EMOJI | (breakBefore ? BREAK_BEFORE : 0));
    }

    /** A word spelled out in separate letters, folded. */
    static Token joined(int start, int end, String folded) {
        return new Token(start, end, new String[] {folded}, JOINED | WordTable.EVASION);
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** {@code forms[0]} is the folded word; further forms undo evasions. */
    String[] forms() {
        return what instanceof WordTable.Word w ? w.forms : (String[]) what;
    }

    /**
     * What the word as written gives (forms, word-list candidates); null for an emoji and a word spelled out in
     * separate letters. The passes after tokenizing read it only for the words that start a word-list entry: what
     * they ask of every word is in the token's flags.
     */
    WordTable.Word word() {
        return what instanceof WordTable.Word w ? w : null;
    }

    /** Whether this is a word of the text (not an emoji nor a spelled-out word), told without reading the word. */
    boolean isWord() {
        return (info & (EMOJI | JOINED)) == 0;
    }

    /** The folded form differs from the plain lower-case word (invisible or look-alike characters). */
    boolean evasion() {
        return has(WordTable.EVASION);
    }

    boolean emoji() {
        return has(EMOJI);
    }

    /** A word spelled out in separate letters ("i d i o t"), covering those letters. */
    boolean joined() {
        return has(JOINED);
    }

    /** A sentence end or line break stands between this and the previous word. */
    boolean breakBefore() {
        return has(BREAK_BEFORE);
    }

    /** A phrase does not run across this token's start. */
    boolean phraseBreakBefore() {
        return breakBefore();
    }

    boolean has(long bit) {
        return (info & bit) != 0;
    }

    /** {@link WordTable.Word#bits}: the construction flags, capitalised, street name, starts an entry. */
    int bits() {
        return (int) info & WordTable.BITS;
    }

    /** The word's letters (0 for an emoji or a spelled-out word). */
    int letters() {
        return has(WordTable.LONG_WORD) ? word().letters : WordTable.letters(info);
    }

    /** The word's letters that have a case. */
    int cased() {
        return has(WordTable.LONG_WORD) ? word().cased : WordTable.cased(info);
    }

    /** The word's capital letters. */
    int upper() {
        return has(WordTable.LONG_WORD) ? word().upper : WordTable.upper(info);
    }
}
