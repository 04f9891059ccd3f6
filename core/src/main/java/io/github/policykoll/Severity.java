package io.github.policykoll;

import java.util.Locale;

/** How serious a finding is. Ordered from least to most serious. */
public enum Severity {
    /** A suggestion that makes the post better; never stops anything. */
    ADVISE,
    /** The author should look again before publishing; a moderator should review. */
    WARN,
    /** Must not be published as written; on the organisation's own pages the comment is removed. */
    BLOCK;

    /** {@return the lower-case name used in JSON and rule metadata: {@code advise}, {@code warn}, {@code block}} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code advise}, {@code warn} or {@code block} (any case).
     *
     * @param value the name, in any case
     * @return the severity
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Severity parse(String value) {
        if (value != null) {
            for (Severity s : values()) {
                if (s.id().equalsIgnoreCase(value.trim())) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("severity must be one of advise, warn, block, not '" + value + "'");
    }
}
