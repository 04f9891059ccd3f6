package io.github.policykoll.facts;

/** A #hashtag. */
public final class Hashtag extends TextFact {
    private final String tag;

    public Hashtag(int start, int end, String text, String tag) {
        super(start, end, text);
        this.tag = tag;
    }

    /** The tag without #, as written. */
    public String getTag() {
        return tag;
    }
}
