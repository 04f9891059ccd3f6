package io.github.policykoll.facts;

import io.github.policykoll.Post;

/**
 * The post's metadata, one per post. Enum values are the lower-case JSON names: {@code getAuthorRole()}
 * is one of {@code elected}, {@code employee}, {@code member}, {@code public}.
 */
public final class PostInfo {
    private final String text;
    private final String platform;
    private final String kind;
    private final String visibility;
    private final String authorRole;
    private final String authorBio;
    private final boolean commentsEnabled;
    private final boolean onOwnPage;
    private final int images;
    private final int videos;
    private final boolean shared;
    private final String sharedFromUrl;
    private final String sharedFromAuthor;
    private final String replyToText;
    private final String replyToRole;

    /**
     * Made by the text analyser; rules only read facts.
     *
     * @param post the post
     */
    public PostInfo(Post post) {
        this.text = post.text();
        this.platform = post.platform().id();
        this.kind = post.kind().id();
        this.visibility = post.visibility().id();
        this.authorRole = post.author().role().id();
        this.authorBio = post.author().bio() == null ? "" : post.author().bio();
        this.commentsEnabled = post.commentsEnabled();
        this.onOwnPage = post.onOwnPage();
        int images = 0;
        for (int i = 0; i < post.media().size(); i++) { // no stream, no iterator: this runs for every post
            images += post.media().get(i).type() == Post.MediaType.IMAGE ? 1 : 0;
        }
        this.images = images;
        this.videos = post.media().size() - images;
        this.shared = post.kind() == Post.Kind.SHARE || post.sharedFrom() != null;
        this.sharedFromUrl = post.sharedFrom() == null || post.sharedFrom().url() == null ? ""
                : post.sharedFrom().url();
        this.sharedFromAuthor = post.sharedFrom() == null || post.sharedFrom().author() == null ? ""
                : post.sharedFrom().author();
        this.replyToText = post.inReplyTo() == null || post.inReplyTo().text() == null ? ""
                : post.inReplyTo().text();
        this.replyToRole = post.inReplyTo() == null ? "" : post.inReplyTo().author().role().id();
    }

    /** {@return the whole text as written} */
    public String getText() {
        return text;
    }

    /** {@return the platform, e.g. {@code facebook}} */
    public String getPlatform() {
        return platform;
    }

    /** {@return {@code post}, {@code comment}, {@code reply} or {@code share}} */
    public String getKind() {
        return kind;
    }

    /** {@return {@code public}, {@code friends}, {@code group} or {@code private}} */
    public String getVisibility() {
        return visibility;
    }

    /** {@return {@code elected}, {@code employee}, {@code member} or {@code public}} */
    public String getAuthorRole() {
        return authorRole;
    }

    /** {@return the author's profile text; empty when none was given} */
    public String getAuthorBio() {
        return authorBio;
    }

    /** {@return true when others can comment on the post} */
    public boolean isCommentsEnabled() {
        return commentsEnabled;
    }

    /** {@return true for a post or comment on the organisation's own page} */
    public boolean isOnOwnPage() {
        return onOwnPage;
    }

    /** {@return how many images the post has} */
    public int getImages() {
        return images;
    }

    /** {@return how many videos the post has} */
    public int getVideos() {
        return videos;
    }

    /** {@return true for a share of someone else's post} */
    public boolean isShared() {
        return shared;
    }

    /** {@return the address of the shared original (may be null)} */
    public String getSharedFromUrl() {
        return sharedFromUrl;
    }

    /** {@return who made the shared original (may be null)} */
    public String getSharedFromAuthor() {
        return sharedFromAuthor;
    }

    /** {@return the text being replied to; empty when the post is no reply} */
    public String getReplyToText() {
        return replyToText;
    }

    /** {@return the role of the author being replied to; empty when the post is no reply} */
    public String getReplyToRole() {
        return replyToRole;
    }
}
