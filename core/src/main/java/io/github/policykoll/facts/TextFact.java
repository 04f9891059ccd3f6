package io.github.policykoll.facts;

/** Base of facts that stand for some exact characters of the original text. */
public abstract class TextFact implements Located {
    private final int start;
    private final int end;
    /** The whole text, when {@link #text} is cut from it on first use; else null. */
    private final String source;
    /** Read and written without a fence: a String is immutable, and a thread that sees none cuts its own. */
    private String text;

    protected TextFact(int start, int end, String text) {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
        }
        this.start = start;
        this.end = end;
        this.source = null;
        this.text = text;
    }

    /**
     * The characters {@code [start, end)} of {@code source}, copied out only when first asked for: for facts
     * that are many and long (a sentence) and that few rules read the words of.
     */
    protected TextFact(String source, int start, int end) {
        if (start < 0 || end < start || end > source.length()) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " of " + source.length()
                    + " characters");
        }
        this.start = start;
        this.end = end;
        this.source = source;
    }

    @Override
    public final int getStart() {
        return start;
    }

    @Override
    public final int getEnd() {
        return end;
    }

    /** {@return the exact characters in the original text} */
    public final String getText() {
        String t = text;
        if (t == null) {
            t = source.substring(start, end);
            text = t;
        }
        return t;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "['" + getText() + "' " + start + ".." + end + "]";
    }
}
