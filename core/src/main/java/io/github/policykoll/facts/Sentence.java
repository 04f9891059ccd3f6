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

    private Sentence(String post, int index, int start, int end, boolean question, int exclamations) {
        super(post, start, end);
        this.index = index;
        this.question = question;
        this.exclamations = exclamations;
    }

    /**
     * The sentence at {@code [start, end)} of the post's text {@code post}, its words copied out of the text only
     * when {@link #getText()} is first called (most sentences' words are never read). Made by the text analyser.
     *
     * @param post the post's whole text
     * @param index its place, from 0
     * @param start where the words start, a UTF-16 offset into {@code post}
     * @param end where they end, exclusive
     * @param question true when it ends with a question mark
     * @param exclamations how many exclamation marks
     * @return the sentence
     */
    public static Sentence in(String post, int index, int start, int end, boolean question, int exclamations) {
        return new Sentence(post, index, start, end, question, exclamations);
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
