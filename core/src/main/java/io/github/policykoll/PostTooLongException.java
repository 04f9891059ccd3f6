package io.github.policykoll;

/**
 * A post's text is longer than the engine's limit ({@link PolicyEngine.Builder#maxTextLength(int)}): it is
 * not evaluated. No platform allows posts anywhere near the default limit, so such a text is a pasted
 * document or an attack; the limit keeps one of them from taking a server's memory and time.
 */
public final class PostTooLongException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The text's length in UTF-16 units. */
    private final int length;
    /** The engine's limit in UTF-16 units. */
    private final int limit;

    /**
     * A text of {@code length} over the {@code limit}.
     *
     * @param length the text's length in UTF-16 units
     * @param limit  the engine's limit in UTF-16 units
     */
    public PostTooLongException(int length, int limit) {
        super(String.format(java.util.Locale.ROOT, "the text is %,d characters long; the limit is %,d", length, limit));
        this.length = length;
        this.limit = limit;
    }

    /** {@return the text's length in UTF-16 units} */
    public int length() {
        return length;
    }

    /** {@return the engine's limit in UTF-16 units} */
    public int limit() {
        return limit;
    }
}
