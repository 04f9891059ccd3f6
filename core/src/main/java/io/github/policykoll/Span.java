package io.github.policykoll;

import static java.util.Objects.requireNonNull;

/**
 * Words in the original post text: offsets in UTF-16 code units, {@code end} exclusive, and the exact
 * substring {@code text.substring(start, end)}.
 */
public record Span(int start, int end, String text) {
    /**
     * Checks that the offsets are in order and the text as long as they say.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end   where they end, exclusive
     * @param text  the exact words
     */
    public Span {
        requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must have 0 <= start <= end, not " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text '" + text + "' does not have length " + (end - start));
        }
    }

    /**
     * The span {@code start..end} of {@code source}.
     *
     * @param source the text the offsets point into
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @return the span with its text
     */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }
}
