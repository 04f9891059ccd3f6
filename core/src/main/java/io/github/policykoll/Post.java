package io.github.policykoll;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A social-media post to evaluate. Only {@code text} is required; see {@link #builder(String)} for the
 * defaults, which are those of the JSON contract.
 *
 * @param id              the caller's id for the post, echoed in the evaluation (may be null)
 * @param text            the text
 * @param language        language code (default {@code sv})
 * @param platform        where it is published (default {@link Platform#OTHER})
 * @param kind            post, comment, reply or share (default {@link Kind#POST})
 * @param visibility      who can see it (default {@link Visibility#PUBLIC})
 * @param author          who wrote it (default: a member)
 * @param media           attached images and videos
 * @param links           links given with the post (links in the text are found anyway)
 * @param sharedFrom      the original of a share (may be null)
 * @param inReplyTo       the comment or post it answers (may be null)
 * @param commentsEnabled whether others can comment on it
 * @param onOwnPage       whether it is a comment on the organisation's own page
 * @param createdAt       when it was written (may be null)
 */
public record Post(String id, String text, String language, Platform platform, Kind kind, Visibility visibility,
        Author author, List<Media> media, List<String> links, SharedFrom sharedFrom, InReplyTo inReplyTo,
        boolean commentsEnabled, boolean onOwnPage, OffsetDateTime createdAt) {

    /**
     * Checks the parts (use {@link #builder(String)} to make one).
      *
      * @param id the caller's id for the post, echoed in the evaluation (may be null)
      * @param text the text
      * @param language language code (default {@code sv})
      * @param platform where it is published (default {@link Platform#OTHER})
      * @param kind post, comment, reply or share (default {@link Kind#POST})
      * @param visibility who can see it (default {@link Visibility#PUBLIC})
      * @param author who wrote it (default: a member)
      * @param media attached images and videos
      * @param links links given with the post (links in the text are found anyway)
      * @param sharedFrom the original of a share (may be null)
      * @param inReplyTo the comment or post it answers (may be null)
      * @param commentsEnabled whether others can comment on it
      * @param onOwnPage whether it is a comment on the organisation's own page
      * @param createdAt when it was written (may be null)
     */
    public Post {
        requireNonNull(text, "text");
        language = language == null ? "sv" : language;
        platform = platform == null ? Platform.OTHER : platform;
        kind = kind == null ? Kind.POST : kind;
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
        author = author == null ? Author.DEFAULT : author;
        media = media == null ? List.of() : List.copyOf(media);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /**
     * A post with this text and default metadata.
     *
     * @param text the text
     * @return the post
     */
    public static Post of(String text) {
        return builder(text).build();
    }

    /**
     * A builder for a post with this text: public post on platform other by a member, comments on.
     *
     * @param text the text
     * @return the builder
     */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** {@return a builder that starts from this post} */
    public Builder toBuilder() {
        Builder b = new Builder(text).id(id).language(language).platform(platform).kind(kind)
                .visibility(visibility).author(author).sharedFrom(sharedFrom).inReplyTo(inReplyTo)
                .commentsEnabled(commentsEnabled).onOwnPage(onOwnPage).createdAt(createdAt);
        media.forEach(b::addMedia);
        links.forEach(b::addLink);
        return b;
    }

    /** Where the post is published. */
    public enum Platform {
        /** Facebook. */
        FACEBOOK,
        /** Instagram. */
        INSTAGRAM,
        /** X (Twitter). */
        X,
        /** LinkedIn. */
        LINKEDIN,
        /** TikTok. */
        TIKTOK,
        /** YouTube. */
        YOUTUBE,
        /** Threads. */
        THREADS,
        /** Bluesky. */
        BLUESKY,
        /** The organisation's own website. */
        WEBSITE,
        /** Anywhere else. */
        OTHER;

        private final String id = name().toLowerCase(Locale.ROOT);

        /** {@return the lower-case name used in JSON} */
        public String id() {
            return id; // once per constant: every evaluation asks for four of these
        }
    }

    /** What kind of post it is. */
    public enum Kind {
        /** A post of one's own. */
        POST,
        /** A comment on someone's post. */
        COMMENT,
        /** A reply to a comment. */
        REPLY,
        /** A share of someone else's post. */
        SHARE;

        private final String id = name().toLowerCase(Locale.ROOT);

        /** {@return the lower-case name used in JSON} */
        public String id() {
            return id; // once per constant: every evaluation asks for four of these
        }
    }

    /** Who can see it. Everything is public in the end (SM-1.4), but rules may remind of that. */
    public enum Visibility {
        /** Anyone. */
        PUBLIC,
        /** Friends or followers only. */
        FRIENDS,
        /** A closed group. */
        GROUP,
        /** A private message. */
        PRIVATE;

        private final String id = name().toLowerCase(Locale.ROOT);

        /** {@return the lower-case name used in JSON} */
        public String id() {
            return id; // once per constant: every evaluation asks for four of these
        }
    }

    /** The author's relation to the organisation. */
    public enum Role {
        /** Förtroendevald. */
        ELECTED,
        /** Anställd. */
        EMPLOYEE,
        /** A party member without an office. */
        MEMBER,
        /** Someone outside the organisation, e.g. a commenter on its page. */
        PUBLIC;

        private final String id = name().toLowerCase(Locale.ROOT);

        /** {@return the lower-case name used in JSON} */
        public String id() {
            return id; // once per constant: every evaluation asks for four of these
        }
    }

    /** Kind of attached media. */
    public enum MediaType {
        /** A picture. */
        IMAGE,
        /** A film. */
        VIDEO;

        private final String id = name().toLowerCase(Locale.ROOT);

        /** {@return the lower-case name used in JSON} */
        public String id() {
            return id; // once per constant: every evaluation asks for four of these
        }
    }

    /**
     * Who wrote the post.
     *
     * @param name the author's name (may be null)
     * @param role the author's relation to the organisation (default: member)
     * @param bio  the profile text (may be null)
     */
    public record Author(String name, Role role, String bio) {
        static final Author DEFAULT = new Author(null, Role.MEMBER, null);

        /**
         * A null role becomes {@link Role#MEMBER}.
         *
         * @param name the author's name (may be null)
         * @param role the author's relation to the organisation (default: member)
         * @param bio the profile text (may be null)
         */
        public Author {
            role = role == null ? Role.MEMBER : role;
        }

        /**
         * An author known only by role.
         *
         * @param role the role
         * @return the author
         */
        public static Author of(Role role) {
            return new Author(null, role, null);
        }
    }

    /**
     * An attached image or video.
     *
     * @param type        image or video
     * @param ownMaterial true when the author made it or holds the rights
     * @param credit      the credit given, e.g. "Foto: Anna Svensson/TT" (may be null)
     * @param sourceUrl   where it comes from (may be null)
     * @param altText     its description for screen readers (may be null)
     */
    public record Media(MediaType type, boolean ownMaterial, String credit, String sourceUrl, String altText) {
        /**
         * The type is required.
         *
         * @param type image or video
         * @param ownMaterial true when the author made it or holds the rights
         * @param credit the credit given, e.g. "Foto: Anna Svensson/TT" (may be null)
         * @param sourceUrl where it comes from (may be null)
         * @param altText its description for screen readers (may be null)
         */
        public Media {
            requireNonNull(type, "type");
        }
    }

    /**
     * The original a share was made from.
     *
     * @param url    its address (may be null)
     * @param author who made it (may be null)
     */
    public record SharedFrom(String url, String author) {
    }

    /**
     * The comment or post being answered.
     *
     * @param text   its text
     * @param author its author (default: a member)
     */
    public record InReplyTo(String text, Author author) {
        /**
         * A null author becomes a member.
         *
         * @param text its text
         * @param author its author (default: a member)
         */
        public InReplyTo {
            author = author == null ? Author.DEFAULT : author;
        }
    }

    /** Builds a {@link Post}; every setter is optional. */
    public static final class Builder {
        private final String text;
        private String id;
        private String language;
        private Platform platform;
        private Kind kind;
        private Visibility visibility;
        private Author author;
        private final List<Media> media = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private SharedFrom sharedFrom;
        private InReplyTo inReplyTo;
        private boolean commentsEnabled = true;
        private boolean onOwnPage;
        private OffsetDateTime createdAt;

        private Builder(String text) {
            this.text = requireNonNull(text, "text");
        }

        /**
         * Sets the id.
         *
         * @param id the caller's id for the post
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the language.
         *
         * @param language a language code, e.g. {@code sv}
         * @return this builder
         */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /**
         * Sets the platform.
         *
         * @param platform where it is published
         * @return this builder
         */
        public Builder platform(Platform platform) {
            this.platform = platform;
            return this;
        }

        /**
         * Sets the kind.
         *
         * @param kind post, comment, reply or share
         * @return this builder
         */
        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        /**
         * Sets the visibility.
         *
         * @param visibility who can see it
         * @return this builder
         */
        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        /**
         * Sets the author.
         *
         * @param author who wrote it
         * @return this builder
         */
        public Builder author(Author author) {
            this.author = author;
            return this;
        }

        /**
         * Sets the author.
         *
         * @param name the author's name
         * @param role the author's relation to the organisation
         * @param bio  the profile text
         * @return this builder
         */
        public Builder author(String name, Role role, String bio) {
            return author(new Author(name, role, bio));
        }

        /**
         * Adds an image or a video.
         *
         * @param item the media item
         * @return this builder
         */
        public Builder addMedia(Media item) {
            media.add(requireNonNull(item, "media"));
            return this;
        }

        /**
         * Adds a link given with the post.
         *
         * @param url the link
         * @return this builder
         */
        public Builder addLink(String url) {
            links.add(requireNonNull(url, "link"));
            return this;
        }

        /**
         * Sets the shared from.
         *
         * @param sharedFrom the original of a share
         * @return this builder
         */
        public Builder sharedFrom(SharedFrom sharedFrom) {
            this.sharedFrom = sharedFrom;
            return this;
        }

        /**
         * Sets the in reply to.
         *
         * @param inReplyTo the comment or post it answers
         * @return this builder
         */
        public Builder inReplyTo(InReplyTo inReplyTo) {
            this.inReplyTo = inReplyTo;
            return this;
        }

        /**
         * Sets the comments enabled.
         *
         * @param commentsEnabled whether others can comment
         * @return this builder
         */
        public Builder commentsEnabled(boolean commentsEnabled) {
            this.commentsEnabled = commentsEnabled;
            return this;
        }

        /**
         * Sets the on own page.
         *
         * @param onOwnPage whether it is a comment on the organisation's own page
         * @return this builder
         */
        public Builder onOwnPage(boolean onOwnPage) {
            this.onOwnPage = onOwnPage;
            return this;
        }

        /**
         * Sets the created at.
         *
         * @param createdAt when it was written
         * @return this builder
         */
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /** {@return the post} */
        public Post build() {
            return new Post(id, text, language, platform, kind, visibility, author, media, links, sharedFrom,
                    inReplyTo, commentsEnabled, onOwnPage, createdAt);
        }
    }
}
