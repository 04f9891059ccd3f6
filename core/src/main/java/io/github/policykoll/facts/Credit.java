package io.github.policykoll.facts;

/** A credit written in the text: "Foto: Anna Svensson/TT", "Bild: ...", "Källa: ...", "©". */
public final class Credit extends TextFact {
    public Credit(int start, int end, String text) {
        super(start, end, text);
    }
}
