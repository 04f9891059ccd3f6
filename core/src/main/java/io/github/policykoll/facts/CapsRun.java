package io.github.policykoll.facts;

/**
 * Consecutive words written in capitals ("SLUTA LJUGA", or a single "SKANDAL"). Acronyms such as SL,
 * EU, SCB and LVU are words in capitals too: {@code acronymsOnly} is true when every word is at most four
 * letters long or listed in the word list {@code akronymer}.
 */
public final class CapsRun extends TextFact {
    private final int words;
    private final int letters;
    private final int longestWord;
    private final boolean acronymsOnly;

    public CapsRun(int start, int end, String text, int words, int letters, int longestWord,
            boolean acronymsOnly) {
        super(start, end, text);
        this.words = words;
        this.letters = letters;
        this.longestWord = longestWord;
        this.acronymsOnly = acronymsOnly;
    }

    public int getWords() {
        return words;
    }

    public int getLetters() {
        return letters;
    }

    public int getLongestWord() {
        return longestWord;
    }

    public boolean isAcronymsOnly() {
        return acronymsOnly;
    }
}
