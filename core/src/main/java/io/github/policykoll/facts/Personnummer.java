package io.github.policykoll.facts;

/** A personal identity number (personnummer or samordningsnummer) whose date and checksum are valid. */
public final class Personnummer extends TextFact {
    private final boolean samordningsnummer;

    public Personnummer(int start, int end, String text, boolean samordningsnummer) {
        super(start, end, text);
        this.samordningsnummer = samordningsnummer;
    }

    /** True for a samordningsnummer (day of birth + 60). */
    public boolean isSamordningsnummer() {
        return samordningsnummer;
    }
}
