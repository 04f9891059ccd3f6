package io.github.policykoll.internal;

/**
 * A word (or emoji) of the original text: {@code start..end} in UTF-16 units, and the candidate forms the
 * word lists are matched against. {@code forms[0]} is the folded word; further forms undo evasions.
 *
 * @param evasion    the folded form differs from the plain lower-case word (invisible or look-alike
 *                   characters)
 * @param joined     a word spelled out in separate letters ("i d i o t"), covering those letters
 * @param breakBefore a sentence end or line break stands between this and the previous word, so a phrase
 *                   does not run across it
 * @param word       what the word as written gives (forms, word-list candidates); null for an emoji and a word
 *                   spelled out in separate letters. The passes after tokenizing read it only for the words
 *                   that start a word-list entry: what they ask of every word is in {@code info}
 * @param info       {@link WordTable.Word#info} of {@code word} (0 without one): flags and letter counts, read
 *                   from the token, which sits next to its neighbours in memory, instead of from the word
 * @param forms      the candidate forms of an emoji or a spelled-out word; null for a word, whose forms are its
 *                   {@code word}'s (see {@link #forms()})
 */
record Token(int start, int end, String[] forms, boolean evasion, boolean emoji, boolean joined,
        boolean breakBefore, WordTable.Word word, long info) {

    /** A word found in the word table, or worked out. */
    static Token word(int start, int end, boolean breakBefore, WordTable.Word word, long info) {
        return new Token(start, end, null, (info & WordTable.EVASION) != 0, false, false, breakBefore, word, info);
    }

    /** {@code forms[0]} is the folded word; further forms undo evasions. */
    @Override
    public String[] forms() {
        return forms != null ? forms : word.forms;
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
        return has(WordTable.LONG_WORD) ? word.letters : WordTable.letters(info);
    }

    /** The word's letters that have a case. */
    int cased() {
        return has(WordTable.LONG_WORD) ? word.cased : WordTable.cased(info);
    }

    /** The word's capital letters. */
    int upper() {
        return has(WordTable.LONG_WORD) ? word.upper : WordTable.upper(info);
    }

    boolean phraseBreakBefore() {
        return breakBefore;
    }
}
