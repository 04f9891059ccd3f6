package io.github.policykoll.facts;

/** An attached image or video. */
public final class MediaItem {
    private final int index;
    private final String type;
    private final boolean ownMaterial;
    private final String credit;
    private final String sourceUrl;

    /**
     * One image or video of the post, as its metadata describes it.
     *
     * @param index its place in the post's media, from 0
     * @param type image or video
     * @param ownMaterial true when the author made it or holds the rights
     * @param credit the credit given (may be null)
     * @param sourceUrl where it comes from (may be null)
     */
    public MediaItem(int index, String type, boolean ownMaterial, String credit, String sourceUrl) {
        this.index = index;
        this.type = type;
        this.ownMaterial = ownMaterial;
        this.credit = credit == null ? "" : credit;
        this.sourceUrl = sourceUrl == null ? "" : sourceUrl;
    }

    /** {@return position in the post's media list, from 0} */
    public int getIndex() {
        return index;
    }

    /** {@return {@code image} or {@code video}} */
    public String getType() {
        return type;
    }

    /** {@return true when the author made it or holds the rights} */
    public boolean isOwnMaterial() {
        return ownMaterial;
    }

    /** {@return the credit ("Foto: Anna Svensson/TT"), empty when none was given} */
    public String getCredit() {
        return credit;
    }

    /** {@return link to the original, empty when none was given} */
    public String getSourceUrl() {
        return sourceUrl;
    }

    /** {@return true when a credit or a source link was given} */
    public boolean isCredited() {
        return !credit.isBlank() || !sourceUrl.isBlank();
    }
}
