package io.github.policykoll.facts;

/** Base of facts that stand for some exact characters of the original text. */
public abstract class TextFact implements Located {
    private final int start;
    private final int end;
    private final String text;

    protected TextFact(int start, int end, String text) {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
        }
        this.start = start;
        this.end = end;
        this.text = text;
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
        return text;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "['" + text + "' " + start + ".." + end + "]";
    }
}
