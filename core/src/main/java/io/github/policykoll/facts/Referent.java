package io.github.policykoll.facts;

/**
 * Someone a sentence speaks to or about: {@code kind} is {@code "du"} (du, ni, dig, din, era: the reader),
 * {@code "person"} (han, hon, hen, a name, a title or role such as kommunalrådet, ledamoten, ministern,
 * found with the word list {@code personer}), {@code "grupp"} (a group of people by origin, religion, sexual
 * orientation and the like, word list {@code grupper}) or {@code "motståndare"} (political opponents as a
 * group, word list {@code motstandare}).
 */
public final class Referent extends TextFact {
    private final int sentence;
    private final String kind;

    /**
     * Made by the text analyser; rules only read facts.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param sentence the index of the sentence it stands in
     * @param kind what kind
     */
    public Referent(int start, int end, String text, int sentence, String kind) {
        super(start, end, text);
        this.sentence = sentence;
        this.kind = kind;
    }

    /** {@return index of the {@link Sentence} it stands in} */
    public int getSentence() {
        return sentence;
    }

    /** {@return {@code "du"}, {@code "person"}, {@code "grupp"} or {@code "motståndare"}} */
    public String getKind() {
        return kind;
    }

    @Override
    public String toString() {
        return "Referent[" + kind + " '" + getText() + "' " + getStart() + ".." + getEnd() + " s" + sentence + "]";
    }
}
