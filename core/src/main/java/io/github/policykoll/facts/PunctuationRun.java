package io.github.policykoll.facts;

/** Two or more exclamation or question marks in a row ("!!!", "?!?"). */
public final class PunctuationRun extends TextFact {
    private final int exclamations;

    /**
     * Made by the text analyser; rules only read facts.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param exclamations how many exclamation marks
     */
    public PunctuationRun(int start, int end, String text, int exclamations) {
        super(start, end, text);
        this.exclamations = exclamations;
    }

    /** {@return characters in the run} */
    public int getLength() {
        return getEnd() - getStart();
    }

    /** {@return how many of them are exclamation marks} */
    public int getExclamations() {
        return exclamations;
    }
}
