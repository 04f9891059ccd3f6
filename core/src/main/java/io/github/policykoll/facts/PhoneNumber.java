package io.github.policykoll.facts;

/** A Swedish telephone number written in the text. */
public final class PhoneNumber extends TextFact {
    private final boolean mobile;
    private final int sentence;

    public PhoneNumber(int start, int end, String text, boolean mobile) {
        this(start, end, text, mobile, 0);
    }

    public PhoneNumber(int start, int end, String text, boolean mobile, int sentence) {
        super(start, end, text);
        this.mobile = mobile;
        this.sentence = sentence;
    }

    /** Index of the {@link Sentence} it stands in: join on it ({@code sentence == $s}), not on positions. */
    public int getSentence() {
        return sentence;
    }

    /** True for a mobile number (07x or +46 7x). */
    public boolean isMobile() {
        return mobile;
    }
}
