package io.github.policykoll.facts;

/**
 * Consecutive words written in capitals ("SLUTA LJUGA", or a single "SKANDAL"). Acronyms such as SL,
 * EU, SCB and LVU are words in capitals too: {@code acronymsOnly} is true when every word is at most four
 * letters long or listed in the word list {@code akronymer}. Names are written in capitals too, under a debate
 * article ("ANNA LINDQVIST (S) regionråd") or as a dateline ("STOCKHOLM"): {@code namesOnly} is true when the run
 * has at most three words and every one of them is a name (see {@link #isNamesOnly()}).
 */
public final class CapsRun extends TextFact {
    private final int words;
    private final int letters;
    private final int longestWord;
    private final boolean acronymsOnly;
    private final boolean namesOnly;

    /**
     * A run of capitals; see the getters for the parts.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param words how many words
     * @param letters how many letters
     * @param longestWord the letters of the longest word
     * @param acronymsOnly true when every word is an acronym
     */
    public CapsRun(int start, int end, String text, int words, int letters, int longestWord,
            boolean acronymsOnly) {
        this(start, end, text, words, letters, longestWord, acronymsOnly, false);
    }

    /**
     * A run of capitals that may be names; see the getters for the parts.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param words how many words
     * @param letters how many letters
     * @param longestWord the letters of the longest word
     * @param acronymsOnly true when every word is an acronym
     * @param namesOnly true when the run is one to three names
     */
    public CapsRun(int start, int end, String text, int words, int letters, int longestWord,
            boolean acronymsOnly, boolean namesOnly) {
        super(start, end, text);
        this.words = words;
        this.letters = letters;
        this.longestWord = longestWord;
        this.acronymsOnly = acronymsOnly;
        this.namesOnly = namesOnly;
    }

    /** {@return how many words the run has} */
    public int getWords() {
        return words;
    }

    /** {@return how many letters the run has} */
    public int getLetters() {
        return letters;
    }

    /** {@return the letters of its longest word} */
    public int getLongestWord() {
        return longestWord;
    }

    /** {@return true when every word is an acronym (at most four letters, or listed in {@code akronymer})} */
    public boolean isAcronymsOnly() {
        return acronymsOnly;
    }

    /**
     * {@return true when the run has one to three words, none of which the Swedish lexicon knows as a word of
     * the language with a part of speech (a common word such as "sluta", "skandal", "hela"), and at least one of
     * which its Hunspell word list knows without one (a name such as "anna", "persson", "stockholm"): "ANNA LINDQVIST",
     * "GÖRAN PERSSON", "STOCKHOLM", but not "SLUTA LJUGA" nor "SHAME ON YOU" (no word a known name)}
     */
    public boolean isNamesOnly() {
        return namesOnly;
    }
}
