package io.github.policykoll.facts;

/**
 * A word-list match in the text being replied to ({@code inReplyTo.text}); offsets are into that text.
 * Lets a rule see that a reply answers a hostile comment (SM-4.2).
 */
public final class ReplyTerm extends TextFact {
    private final String list;
    private final String entry;

    /**
     * Made by the text analyser; rules only read facts.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param list the word list
     * @param entry the list entry that matched
     */
    public ReplyTerm(int start, int end, String text, String list, String entry) {
        super(start, end, text);
        this.list = list;
        this.entry = entry;
    }

    /** {@return the word list that matched} */
    public String getList() {
        return list;
    }

    /** {@return the list entry that matched} */
    public String getEntry() {
        return entry;
    }
}
