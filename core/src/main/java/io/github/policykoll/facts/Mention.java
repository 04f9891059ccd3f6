package io.github.policykoll.facts;

/** An @mention of an account. */
public final class Mention extends TextFact {
    private final String name;

    public Mention(int start, int end, String text, String name) {
        super(start, end, text);
        this.name = name;
    }

    /** The account name without @. */
    public String getName() {
        return name;
    }
}
