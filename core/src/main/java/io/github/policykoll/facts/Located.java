package io.github.policykoll.facts;

/** A fact that points at words of the original text: UTF-16 offsets, {@code end} exclusive. */
public interface Located {
    int getStart();

    int getEnd();
}
