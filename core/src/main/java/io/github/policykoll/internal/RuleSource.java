package io.github.policykoll.internal;

/**
 * Where a rule is written: its file (relative to the rule directory) and the line of {@code rule "..."}.
 * Directory packs record it as {@code file:line} by rule name; precompiled packs know no file.
 *
 * @param file the file, or the fallback (a package name) or null when not known
 * @param line the 1-based line, or 0 when not known
 */
public record RuleSource(String file, int line) {
    /** Reads {@code file:line}; {@code where} null or without a line gives {@code fallback} and line 0. */
    static RuleSource of(String where, String fallback) {
        if (where == null) {
            return new RuleSource(fallback, 0);
        }
        int colon = where.lastIndexOf(':');
        return colon > 0 ? new RuleSource(where.substring(0, colon), Integer.parseInt(where.substring(colon + 1)))
                : new RuleSource(where, 0);
    }

    @Override
    public String toString() {
        return file == null ? "" : line > 0 ? file + ":" + line : file;
    }
}
