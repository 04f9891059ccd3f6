package io.github.policykoll.facts;

/** A personal identity number (personnummer or samordningsnummer) whose date and checksum are valid. */
public final class Personnummer extends TextFact {
    private final boolean samordningsnummer;

    /**
     * A personnummer (or samordningsnummer) with a valid checksum at {@code start..end}.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param samordningsnummer true for a samordningsnummer (day of birth plus 60)
     */
    public Personnummer(int start, int end, String text, boolean samordningsnummer) {
        super(start, end, text);
        this.samordningsnummer = samordningsnummer;
    }

    /** {@return true for a samordningsnummer (day of birth + 60)} */
    public boolean isSamordningsnummer() {
        return samordningsnummer;
    }
}
