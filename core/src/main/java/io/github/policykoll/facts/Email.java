package io.github.policykoll.facts;

/** An e-mail address written in the text. */
public final class Email extends TextFact {
    private final String domain;

    /**
     * An e-mail address at {@code start..end}, with its domain.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param domain the part after @, lower case
     */
    public Email(int start, int end, String text, String domain) {
        super(start, end, text);
        this.domain = domain;
    }

    /** {@return the part after @, lower case} */
    public String getDomain() {
        return domain;
    }
}
