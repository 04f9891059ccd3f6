package io.github.policykoll.facts;

/**
 * A Swedish street address in the text: a street name (Storgatan, Björkvägen, Tallstigen, Kungsgatan ...)
 * followed by a house number ("Storgatan 12", "Kungsgatan 22B"). Whether it is someone's home is for the
 * rules to decide from the sentence ("bor på", "hemadress").
 */
public final class StreetAddress extends TextFact {
    private final int sentence;

    /**
     * Made by the text analyser; rules only read facts.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param sentence the index of the sentence it stands in
     */
    public StreetAddress(int start, int end, String text, int sentence) {
        super(start, end, text);
        this.sentence = sentence;
    }

    /** {@return index of the {@link Sentence} it stands in} */
    public int getSentence() {
        return sentence;
    }
}
