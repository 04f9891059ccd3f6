package io.github.policykoll.facts;

/** An attached image or video. */
public final class MediaItem {
    private final int index;
    private final String type;
    private final boolean ownMaterial;
    private final String credit;
    private final String sourceUrl;

    public MediaItem(int index, String type, boolean ownMaterial, String credit, String sourceUrl) {
        this.index = index;
        this.type = type;
        this.ownMaterial = ownMaterial;
        this.credit = credit == null ? "" : credit;
        this.sourceUrl = sourceUrl == null ? "" : sourceUrl;
    }

    /** Position in the post's media list, from 0. */
    public int getIndex() {
        return index;
    }

    /** {@code image} or {@code video}. */
    public String getType() {
        return type;
    }

    /** True when the author made it or holds the rights. */
    public boolean isOwnMaterial() {
        return ownMaterial;
    }

    /** The credit ("Foto: Anna Svensson/TT"), empty when none was given. */
    public String getCredit() {
        return credit;
    }

    /** Link to the original, empty when none was given. */
    public String getSourceUrl() {
        return sourceUrl;
    }

    /** True when a credit or a source link was given. */
    public boolean isCredited() {
        return !credit.isBlank() || !sourceUrl.isBlank();
    }
}
