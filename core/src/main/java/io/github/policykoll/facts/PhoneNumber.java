package io.github.policykoll.facts;

/** A Swedish telephone number written in the text. */
public final class PhoneNumber extends TextFact {
    private final boolean mobile;

    public PhoneNumber(int start, int end, String text, boolean mobile) {
        super(start, end, text);
        this.mobile = mobile;
    }

    /** True for a mobile number (07x or +46 7x). */
    public boolean isMobile() {
        return mobile;
    }
}
