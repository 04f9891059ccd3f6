package io.github.policykoll.facts;

/** A sentence of the post (split at . ! ? and line breaks). */
public final class Sentence extends TextFact {
    private final int index;
    private final boolean question;
    private final int exclamations;

    public Sentence(int index, int start, int end, String text, boolean question, int exclamations) {
        super(start, end, text);
        this.index = index;
        this.question = question;
        this.exclamations = exclamations;
    }

    public int getIndex() {
        return index;
    }

    /** True when the sentence ends with a question mark. */
    public boolean isQuestion() {
        return question;
    }

    /** How many exclamation marks end the sentence. */
    public int getExclamations() {
        return exclamations;
    }

    @Override
    public String toString() {
        return "Sentence[" + index + " " + getStart() + ".." + getEnd() + "]";
    }
}
