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

    public Link(String url, String host, int start, int end, boolean inText, boolean shortener) {
        this.url = url;
        this.host = host;
        this.start = start;
        this.end = end;
        this.inText = inText;
        this.shortener = shortener;
    }

    public String getUrl() {
        return url;
    }

    /** Host name, lower case, without {@code www.}; empty when the link has none. */
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

    public boolean isInText() {
        return inText;
    }

    /** True when the host is a URL shortener (bit.ly, t.co ...) that hides the destination. */
    public boolean isShortener() {
        return shortener;
    }

    @Override
    public String toString() {
        return "Link[" + url + "]";
    }
}
