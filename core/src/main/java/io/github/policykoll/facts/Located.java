package io.github.policykoll.facts;

/** A fact that points at words of the original text: UTF-16 offsets, {@code end} exclusive. */
public interface Located {
    /** {@return where the words start, a UTF-16 offset into the original text} */
    int getStart();

    /** {@return where the words end, exclusive} */
    int getEnd();
}
