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
    private final String about;
    private final String construction;
    private final boolean quoted;
    private final boolean reported;
    private final boolean negated;
    private final int clause;
    private final boolean firstInSentence;
    private final boolean afterHyphen;

    /**
     * Made by the text analyser; rules only read facts.
     *
     * @param list the word list
     * @param entry the list entry that matched
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param normalized the matched form, folded
     * @param sentence the index of the sentence it stands in
     * @param evasion true when written to dodge a filter
     * @param firstInSentence true when the words start where their sentence starts
     */
    public Term(String list, String entry, int start, int end, String text, String normalized, int sentence,
            boolean evasion, boolean firstInSentence) {
        this(list, entry, start, end, text, normalized, sentence, evasion, "", "", false, false, false, 0,
                firstInSentence);
    }

    /**
     * A match with what the sentence says about it and whether it opens its sentence; see the getters.
     *
     * @param list the word list
     * @param entry the list entry that matched
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param normalized the matched form, folded
     * @param sentence the index of the sentence it stands in
     * @param evasion true when written to dodge a filter
     * @param about who it is about
     * @param construction the construction that ties it to them
     * @param quoted true inside quotation marks
     * @param reported true in reported speech
     * @param negated true when negated
     * @param clause the index of the clause it stands in
     * @param firstInSentence true when the words start where their sentence starts
     */
    public Term(String list, String entry, int start, int end, String text, String normalized, int sentence,
            boolean evasion, String about, String construction, boolean quoted, boolean reported, boolean negated,
            int clause, boolean firstInSentence) {
        this(list, entry, start, end, text, normalized, sentence, evasion, about, construction, quoted, reported,
                negated, clause, firstInSentence, false);
    }

    /**
     * A match with what the sentence says about it, whether it opens its sentence and whether it is the last part
     * of a word written with a hyphen; see the getters.
     *
     * @param list the word list
     * @param entry the list entry that matched
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param normalized the matched form, folded
     * @param sentence the index of the sentence it stands in
     * @param evasion true when written to dodge a filter
     * @param about who it is about
     * @param construction the construction that ties it to them
     * @param quoted true inside quotation marks
     * @param reported true in reported speech
     * @param negated true when negated
     * @param clause the index of the clause it stands in
     * @param firstInSentence true when the words start where their sentence starts
     * @param afterHyphen true when a hyphen joins the words to the word before them ("Abba-fan")
     */
    public Term(String list, String entry, int start, int end, String text, String normalized, int sentence,
            boolean evasion, String about, String construction, boolean quoted, boolean reported, boolean negated,
            int clause, boolean firstInSentence, boolean afterHyphen) {
        super(start, end, text);
        this.list = list;
        this.entry = entry;
        this.normalized = normalized;
        this.sentence = sentence;
        this.evasion = evasion;
        this.about = about;
        this.construction = construction;
        this.quoted = quoted;
        this.reported = reported;
        this.negated = negated;
        this.clause = clause;
        this.firstInSentence = firstInSentence;
        this.afterHyphen = afterHyphen;
    }

    /**
     * Whether a hyphen joins the words to the word before them, with no space: they are the last part of a word
     * written with a hyphen ("Abba-fan", "SD-politiker"), where a word may mean something else than alone ("fan"
     * is then an admirer, no swear word).
     *
     * @return true when the words follow a hyphen that follows a letter or digit
     */
    public boolean isAfterHyphen() {
        return afterHyphen;
    }

    /**
     * Whether the words start where their sentence starts ({@link Sentence#getStart()}): a capital letter there
     * says nothing, one further in marks a name or a title ("filmen Djävulens advokat").
     *
     * @return true when the words open their sentence
     */
    public boolean isFirstInSentence() {
        return firstInSentence;
    }

    /**
     * Index of the clause within the sentence, from 0: a new clause starts after punctuation (, ; : –) and at
     * men, trots, fast, medan, eftersom, utan, när, innan. Two terms with the same {@code sentence} and
     * {@code clause} belong together ("Valberedningen har gjort ett uselt jobb") where two in one sentence
     * may not ("Vår ordförande gör ett bra jobb, men regeringen har svikit oss").
     *
     * @return the index of the clause the words stand in
     */
    public int getClause() {
        return clause;
    }

    /**
     * Who the words are said about or to, when a construction ties them to someone: {@code "person"} (du, ni,
     * han, hon, a name, a title such as kommunalrådet or ledamoten, an @account), {@code "grupp"} (a group of
     * people by origin, religion, sexual orientation and the like: invandrare, muslimer, romer),
     * {@code "motståndare"} (political opponents as a group: moderatväljare, SD-väljare), {@code "jag"} (the
     * writer: "Vilken idiot jag var"), or {@code ""}.
     *
     * @return who the words are about
     */
    public String getAbout() {
        return about;
    }

    /**
     * How the words are tied to {@link #getAbout() whom}: {@code "predikativ"} ("X är (en) [...] Y"),
     * {@code "vokativ"} ("din Y", "era Y", "..., Y!"), {@code "utrop"} ("Vilken Y X är!", "Vilket Y till X"),
     * {@code "subjekt"} (X is the subject of the sentence that says Y: "Somalierna kannibaliserar ..."), or
     * {@code ""}.
     *
     * @return the construction that ties the words to whom they are about
     */
    public String getConstruction() {
        return construction;
    }

    /** {@return true when the words stand inside quotation marks} */
    public boolean isQuoted() {
        return quoted;
    }

    /**
     * True when the sentence reports what someone else said or what a word is ("han kallade mig Y", "ordet
     * Y", "..., säger oppositionen"): the words are mentioned, not used.
     *
     * @return true in reported speech
     */
    public boolean isReported() {
        return reported;
    }

    /** {@return true when a negation governs the words ("inget internt dokument", "hon är inte inkompetent")} */
    public boolean isNegated() {
        return negated;
    }

    /** {@return true when the words are used by the writer: not quoted, not reported, not negated} */
    public boolean isUsed() {
        return !quoted && !reported && !negated;
    }

    /** {@return the word list's name, e.g. {@code skallsord}} */
    public String getList() {
        return list;
    }

    /** {@return the entry as written in the word list, e.g. {@code idiot} or {@code *pack}} */
    public String getEntry() {
        return entry;
    }

    /** {@return the words as the matcher saw them: lower case, evasions undone} */
    public String getNormalized() {
        return normalized;
    }

    /** {@return index of the {@link Sentence} the words stand in} */
    public int getSentence() {
        return sentence;
    }

    /**
     * True when the words were disguised (spaced letters, digits for letters, invisible characters,
     * look-alike letters, stretched letters).
     *
     * @return true when the words were written to dodge a filter
     */
    public boolean isEvasion() {
        return evasion;
    }

    @Override
    public String toString() {
        return "Term[" + list + ":" + entry + " '" + getText() + "' " + getStart() + ".." + getEnd()
                + (about.isEmpty() ? "" : " about=" + about + "/" + construction) + (quoted ? " quoted" : "")
                + (reported ? " reported" : "") + (negated ? " negated" : "") + "]";
    }
}
