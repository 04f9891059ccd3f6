package io.github.policykoll;

import static java.util.Objects.requireNonNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A social-media post to evaluate. Only {@code text} is required; see {@link #builder(String)} for the
 * defaults, which are those of the JSON contract.
 */
public record Post(String id, String text, String language, Platform platform, Kind kind, Visibility visibility,
        Author author, List<Media> media, List<String> links, SharedFrom sharedFrom, InReplyTo inReplyTo,
        boolean commentsEnabled, boolean onOwnPage, OffsetDateTime createdAt) {

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

    /** A post with this text and default metadata. */
    public static Post of(String text) {
        return builder(text).build();
    }

    /** A builder for a post with this text: public post on platform other by a member, comments on. */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** A builder that starts from this post. */
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
        FACEBOOK, INSTAGRAM, X, LINKEDIN, TIKTOK, YOUTUBE, THREADS, BLUESKY, WEBSITE, OTHER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What kind of post it is. */
    public enum Kind {
        POST, COMMENT, REPLY, SHARE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who can see it. Everything is public in the end (SM-1.4), but rules may remind of that. */
    public enum Visibility {
        PUBLIC, FRIENDS, GROUP, PRIVATE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The author's relation to the organisation. */
    public enum Role {
        /** Förtroendevald. */
        ELECTED,
        /** Anställd. */
        EMPLOYEE,
        MEMBER,
        /** Someone outside the organisation, e.g. a commenter on its page. */
        PUBLIC;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Kind of attached media. */
    public enum MediaType {
        IMAGE, VIDEO;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who wrote the post. */
    public record Author(String name, Role role, String bio) {
        static final Author DEFAULT = new Author(null, Role.MEMBER, null);

        public Author {
            role = role == null ? Role.MEMBER : role;
        }

        public static Author of(Role role) {
            return new Author(null, role, null);
        }
    }

    /** An attached image or video. */
    public record Media(MediaType type, boolean ownMaterial, String credit, String sourceUrl, String altText) {
        public Media {
            requireNonNull(type, "type");
        }
    }

    /** The original a share was made from. */
    public record SharedFrom(String url, String author) {
    }

    /** The comment or post being answered. */
    public record InReplyTo(String text, Author author) {
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

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder platform(Platform platform) {
            this.platform = platform;
            return this;
        }

        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder visibility(Visibility visibility) {
            this.visibility = visibility;
            return this;
        }

        public Builder author(Author author) {
            this.author = author;
            return this;
        }

        public Builder author(String name, Role role, String bio) {
            return author(new Author(name, role, bio));
        }

        public Builder addMedia(Media item) {
            media.add(requireNonNull(item, "media"));
            return this;
        }

        public Builder addLink(String url) {
            links.add(requireNonNull(url, "link"));
            return this;
        }

        public Builder sharedFrom(SharedFrom sharedFrom) {
            this.sharedFrom = sharedFrom;
            return this;
        }

        public Builder inReplyTo(InReplyTo inReplyTo) {
            this.inReplyTo = inReplyTo;
            return this;
        }

        public Builder commentsEnabled(boolean commentsEnabled) {
            this.commentsEnabled = commentsEnabled;
            return this;
        }

        public Builder onOwnPage(boolean onOwnPage) {
            this.onOwnPage = onOwnPage;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Post build() {
            return new Post(id, text, language, platform, kind, visibility, author, media, links, sharedFrom,
                    inReplyTo, commentsEnabled, onOwnPage, createdAt);
        }
    }
}
