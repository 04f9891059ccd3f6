package io.github.policykoll.facts;

/** A credit written in the text: "Foto: Anna Svensson/TT", "Bild: ...", "Källa: ...", "©". */
public final class Credit extends TextFact {
    /**
     * A photo credit written in the text, at {@code start..end}.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     */
    public Credit(int start, int end, String text) {
        super(start, end, text);
    }
}
