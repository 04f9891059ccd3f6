package io.github.policykoll.facts;

/** An @mention of an account. */
public final class Mention extends TextFact {
    private final String name;
    private final int sentence;

    public Mention(int start, int end, String text, String name) {
        this(start, end, text, name, 0);
    }

    public Mention(int start, int end, String text, String name, int sentence) {
        super(start, end, text);
        this.name = name;
        this.sentence = sentence;
    }

    /** Index of the {@link Sentence} it stands in: join on it ({@code sentence == $s}), not on positions. */
    public int getSentence() {
        return sentence;
    }

    /** The account name without @. */
    public String getName() {
        return name;
    }
}
