package io.github.policykoll.facts;

/** A #hashtag. */
public final class Hashtag extends TextFact {
    private final String tag;

    /**
     * A hashtag at {@code start..end}, with the tag without #.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param tag the tag without #, lower case
     */
    public Hashtag(int start, int end, String text, String tag) {
        super(start, end, text);
        this.tag = tag;
    }

    /** {@return the tag without #, as written} */
    public String getTag() {
        return tag;
    }
}
