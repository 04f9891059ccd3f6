package io.github.policykoll.facts;

/** A sentence of the post (split at . ! ? and line breaks). */
public final class Sentence extends TextFact {
    private final int index;
    private final boolean question;
    private final int exclamations;

    /**
     * Made by the text analyser; rules only read facts.
     *
     * @param index its place, from 0
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param question true when it ends with a question mark
     * @param exclamations how many exclamation marks
     */
    public Sentence(int index, int start, int end, String text, boolean question, int exclamations) {
        super(start, end, text);
        this.index = index;
        this.question = question;
        this.exclamations = exclamations;
    }

    /** {@return the sentence's place in the post, from 0} */
    public int getIndex() {
        return index;
    }

    /** {@return true when the sentence ends with a question mark} */
    public boolean isQuestion() {
        return question;
    }

    /** {@return how many exclamation marks end the sentence} */
    public int getExclamations() {
        return exclamations;
    }

    @Override
    public String toString() {
        return "Sentence[" + index + " " + getStart() + ".." + getEnd() + "]";
    }
}
