package io.github.policykoll.facts;

/** Counts over the whole text, one per post. */
public final class ToneStats {
    private final int words;
    private final int letters;
    private final int capitalLetters;
    private final int exclamations;
    private final int emoji;

    public ToneStats(int words, int letters, int capitalLetters, int exclamations, int emoji) {
        this.words = words;
        this.letters = letters;
        this.capitalLetters = capitalLetters;
        this.exclamations = exclamations;
        this.emoji = emoji;
    }

    public int getWords() {
        return words;
    }

    public int getLetters() {
        return letters;
    }

    /** Capital letters outside acronyms (words of at most four letters in capitals). */
    public int getCapitalLetters() {
        return capitalLetters;
    }

    /** Share of letters that are capitals outside acronyms, 0 to 100. */
    public int getCapitalPercent() {
        return letters == 0 ? 0 : capitalLetters * 100 / letters;
    }

    public int getExclamations() {
        return exclamations;
    }

    public int getEmoji() {
        return emoji;
    }
}
