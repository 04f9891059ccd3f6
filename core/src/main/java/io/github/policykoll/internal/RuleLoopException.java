package io.github.policykoll.internal;

/**
 * A rule fired more often on one post than any real rule does: almost always a rule whose consequence
 * inserts a fact that matches its own condition again. Names the rule, so that a rule author sees which
 * one to fix instead of a crash blamed on whichever example ran into it.
 */
public final class RuleLoopException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final String rule;
    private final RuleSource source;
    private final int firings;

    RuleLoopException(String rule, RuleSource source, int firings) {
        super("rule \"" + rule + "\"" + (source.file() == null ? "" : " (" + source + ")") + " fired " + firings
                + " times on one post: it probably triggers itself again and again");
        this.rule = rule;
        this.source = source;
        this.firings = firings;
    }

    /** The name of the rule. */
    public String rule() {
        return rule;
    }

    /** Where the rule is written; file null and line 0 when not known (a precompiled pack). */
    public RuleSource source() {
        return source;
    }

    /** How often it fired before it was stopped. */
    public int firings() {
        return firings;
    }
}
