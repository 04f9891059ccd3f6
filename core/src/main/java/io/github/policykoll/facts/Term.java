package io.github.policykoll.facts;

/**
 * A word-list match: the words {@code text} at {@code start..end} matched entry {@code entry} of word list
 * {@code list} (the list's file name without {@code .txt}).
 */
public final class Term extends TextFact {
    private final String list;
    private final String entry;
    private final String normalized;
    private final int sentence;
    private final boolean evasion;

    public Term(String list, String entry, int start, int end, String text, String normalized, int sentence,
            boolean evasion) {
        super(start, end, text);
        this.list = list;
        this.entry = entry;
        this.normalized = normalized;
        this.sentence = sentence;
        this.evasion = evasion;
    }

    /** The word list's name, e.g. {@code skallsord}. */
    public String getList() {
        return list;
    }

    /** The entry as written in the word list, e.g. {@code idiot} or {@code *pack}. */
    public String getEntry() {
        return entry;
    }

    /** The words as the matcher saw them: lower case, evasions undone. */
    public String getNormalized() {
        return normalized;
    }

    /** Index of the {@link Sentence} the words stand in. */
    public int getSentence() {
        return sentence;
    }

    /**
     * True when the words were disguised (spaced letters, digits for letters, invisible characters,
     * look-alike letters, stretched letters).
     */
    public boolean isEvasion() {
        return evasion;
    }

    @Override
    public String toString() {
        return "Term[" + list + ":" + entry + " '" + getText() + "' " + getStart() + ".." + getEnd() + "]";
    }
}
