package io.github.policykoll.facts;

/**
 * A word-list match in the text being replied to ({@code inReplyTo.text}); offsets are into that text.
 * Lets a rule see that a reply answers a hostile comment (SM-4.2).
 */
public final class ReplyTerm extends TextFact {
    private final String list;
    private final String entry;

    public ReplyTerm(int start, int end, String text, String list, String entry) {
        super(start, end, text);
        this.list = list;
        this.entry = entry;
    }

    public String getList() {
        return list;
    }

    public String getEntry() {
        return entry;
    }
}
