package io.github.policykoll.facts;

/** An e-mail address written in the text. */
public final class Email extends TextFact {
    private final String domain;

    public Email(int start, int end, String text, String domain) {
        super(start, end, text);
        this.domain = domain;
    }

    /** The part after @, lower case. */
    public String getDomain() {
        return domain;
    }
}
