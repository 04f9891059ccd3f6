package io.github.policykoll.facts;

/** Counts over the whole text, one per post. */
public final class ToneStats {
    private final int words;
    private final int letters;
    private final int capitalLetters;
    private final int exclamations;
    private final int emoji;
    private final int questions;

    /**
     * Made by the text analyser; rules only read facts.
     *
     * @param words how many words
     * @param letters how many letters
     * @param capitalLetters how many capital letters
     * @param exclamations how many exclamation marks
     * @param emoji how many emoji
     * @param questions how many sentences are questions
     */
    public ToneStats(int words, int letters, int capitalLetters, int exclamations, int emoji, int questions) {
        this.words = words;
        this.letters = letters;
        this.capitalLetters = capitalLetters;
        this.exclamations = exclamations;
        this.emoji = emoji;
        this.questions = questions;
    }

    /** {@return how many words the post has} */
    public int getWords() {
        return words;
    }

    /** {@return how many letters the post has} */
    public int getLetters() {
        return letters;
    }

    /** {@return capital letters outside acronyms (words of at most four letters in capitals)} */
    public int getCapitalLetters() {
        return capitalLetters;
    }

    /** {@return share of letters that are capitals outside acronyms, 0 to 100} */
    public int getCapitalPercent() {
        return letters == 0 ? 0 : capitalLetters * 100 / letters;
    }

    /** {@return how many exclamation marks} */
    public int getExclamations() {
        return exclamations;
    }

    /** {@return how many emoji the post has} */
    public int getEmoji() {
        return emoji;
    }

    /**
     * How many sentences are questions ({@link Sentence#isQuestion()}): {@code ToneStats( questions == 0 )} says
     * what {@code not Sentence( question == true )} says, with one fact instead of one per sentence.
     *
     * @return how many sentences of the post are questions
     */
    public int getQuestions() {
        return questions;
    }
}
