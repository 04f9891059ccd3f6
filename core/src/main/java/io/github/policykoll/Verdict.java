package io.github.policykoll;

import java.util.Collection;
import java.util.Locale;

/** The overall outcome of an evaluation: the most severe finding's level, or {@link #PASS}. */
public enum Verdict {
    /** No findings. */
    PASS,
    /** At most suggestions. */
    ADVISE,
    /** At least one finding to look at again. */
    WARN,
    /** At least one finding that must not be published. */
    BLOCK;

    /** {@return the lower-case name used in JSON} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The verdict for a finding of this severity.
     *
     * @param severity the level
     * @return the verdict of that level
     */
    public static Verdict of(Severity severity) {
        return switch (severity) {
            case ADVISE -> ADVISE;
            case WARN -> WARN;
            case BLOCK -> BLOCK;
        };
    }

    /**
     * The most severe finding's level, or {@link #PASS} when there are none.
     *
     * @param findings the findings
     * @return the verdict
     */
    public static Verdict of(Collection<Finding> findings) {
        Verdict v = PASS;
        for (Finding f : findings) {
            Verdict fv = of(f.severity());
            if (fv.compareTo(v) > 0) {
                v = fv;
            }
        }
        return v;
    }

    /**
     * True when this verdict is at least as severe as {@code severity}.
     *
     * @param severity the level
     * @return whether it is at least that severe
     */
    public boolean atLeast(Severity severity) {
        return compareTo(of(severity)) >= 0;
    }
}
