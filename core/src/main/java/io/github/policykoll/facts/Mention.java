package io.github.policykoll.facts;

/** An @mention of an account. */
public final class Mention extends TextFact {
    private final String name;
    private final int sentence;

    /**
     * An @-mention at {@code start..end}, sentence unknown.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param name the name without @
     */
    public Mention(int start, int end, String text, String name) {
        this(start, end, text, name, 0);
    }

    /**
     * An @-mention at {@code start..end} in sentence {@code sentence}.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param name the name without @
     * @param sentence the index of the sentence it stands in
     */
    public Mention(int start, int end, String text, String name, int sentence) {
        super(start, end, text);
        this.name = name;
        this.sentence = sentence;
    }

    /** {@return index of the {@link Sentence} it stands in: join on it ({@code sentence == $s}), not on positions} */
    public int getSentence() {
        return sentence;
    }

    /** {@return the account name without @} */
    public String getName() {
        return name;
    }
}
