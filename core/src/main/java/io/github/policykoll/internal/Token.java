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
 * @param word       what the word as written gives (forms, word-list candidates, flags, letters); null for an
 *                   emoji and a word spelled out in separate letters
 * @param bits       {@link WordTable.Word#bits} of {@code word} (0 without one), read by the later passes from
 *                   the token, which sits next to its neighbours in memory, instead of from the word
 */
record Token(int start, int end, String[] forms, boolean evasion, boolean emoji, boolean joined,
        boolean breakBefore, WordTable.Word word, int bits) {

    boolean has(int bit) {
        return (bits & bit) != 0;
    }

    boolean phraseBreakBefore() {
        return breakBefore;
    }
}
