package io.github.policykoll;

import static java.util.Objects.requireNonNull;

/**
 * Words in the original post text: offsets in UTF-16 code units, {@code end} exclusive, and the exact
 * substring {@code text.substring(start, end)}.
 */
public record Span(int start, int end, String text) {
    public Span {
        requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must have 0 <= start <= end, not " + start + ".." + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text '" + text + "' does not have length " + (end - start));
        }
    }

    /** The span {@code start..end} of {@code source}. */
    public static Span of(String source, int start, int end) {
        return new Span(start, end, source.substring(start, end));
    }
}
