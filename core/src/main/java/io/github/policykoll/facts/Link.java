package io.github.policykoll.facts;

/**
 * A link, written in the text ({@code inText}, with its position) or given in the post's metadata (start
 * and end are then 0).
 */
public final class Link implements Located {
    private final String url;
    private final String host;
    private final int start;
    private final int end;
    private final boolean inText;
    private final boolean shortener;

    /**
     * A link, written in the text ({@code inText}) or given in the post's metadata.
     *
     * @param url the link as written
     * @param host its host name, lower case, without www.
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param inText true when written in the text
     * @param shortener true when the host is a URL shortener
     */
    public Link(String url, String host, int start, int end, boolean inText, boolean shortener) {
        this.url = url;
        this.host = host;
        this.start = start;
        this.end = end;
        this.inText = inText;
        this.shortener = shortener;
    }

    /** {@return the link as written} */
    public String getUrl() {
        return url;
    }

    /** {@return host name, lower case, without {@code www.}; empty when the link has none} */
    public String getHost() {
        return host;
    }

    @Override
    public int getStart() {
        return start;
    }

    @Override
    public int getEnd() {
        return end;
    }

    /** {@return true when the link is written in the text, false when it comes from the metadata} */
    public boolean isInText() {
        return inText;
    }

    /** {@return true when the host is a URL shortener (bit.ly, t.co ...) that hides the destination} */
    public boolean isShortener() {
        return shortener;
    }

    @Override
    public String toString() {
        return "Link[" + url + "]";
    }
}
