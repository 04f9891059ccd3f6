package io.github.policykoll.facts;

/** Two or more exclamation or question marks in a row ("!!!", "?!?"). */
public final class PunctuationRun extends TextFact {
    private final int exclamations;

    public PunctuationRun(int start, int end, String text, int exclamations) {
        super(start, end, text);
        this.exclamations = exclamations;
    }

    /** Characters in the run. */
    public int getLength() {
        return getEnd() - getStart();
    }

    /** How many of them are exclamation marks. */
    public int getExclamations() {
        return exclamations;
    }
}
