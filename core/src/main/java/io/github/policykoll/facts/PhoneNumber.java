package io.github.policykoll.facts;

/** A Swedish telephone number written in the text. */
public final class PhoneNumber extends TextFact {
    private final boolean mobile;
    private final int sentence;

    /**
     * A phone number at {@code start..end}, sentence unknown.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param mobile true for a mobile number
     */
    public PhoneNumber(int start, int end, String text, boolean mobile) {
        this(start, end, text, mobile, 0);
    }

    /**
     * A phone number at {@code start..end} in sentence {@code sentence}.
     *
     * @param start where the words start, a UTF-16 offset into the original text
     * @param end where they end, exclusive
     * @param text the words as written
     * @param mobile true for a mobile number
     * @param sentence the index of the sentence it stands in
     */
    public PhoneNumber(int start, int end, String text, boolean mobile, int sentence) {
        super(start, end, text);
        this.mobile = mobile;
        this.sentence = sentence;
    }

    /** {@return index of the {@link Sentence} it stands in: join on it ({@code sentence == $s}), not on positions} */
    public int getSentence() {
        return sentence;
    }

    /** {@return true for a mobile number (07x or +46 7x)} */
    public boolean isMobile() {
        return mobile;
    }
}
