package io.github.policykoll;

import java.util.Collection;
import java.util.Locale;

/** The overall outcome of an evaluation: the most severe finding's level, or {@link #PASS}. */
public enum Verdict {
    PASS, ADVISE, WARN, BLOCK;

    /** The lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict for a finding of this severity. */
    public static Verdict of(Severity severity) {
        return switch (severity) {
            case ADVISE -> ADVISE;
            case WARN -> WARN;
            case BLOCK -> BLOCK;
        };
    }

    /** The most severe finding's level, or {@link #PASS} when there are none. */
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

    /** True when this verdict is at least as severe as {@code severity}. */
    public boolean atLeast(Severity severity) {
        return compareTo(of(severity)) >= 0;
    }
}
