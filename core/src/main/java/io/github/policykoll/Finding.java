package io.github.policykoll;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One thing a rule found in a post.
 *
 * @param ruleId     the stable id of the rule, e.g. {@code sv.personangrepp.skallsord}
 * @param guideline  the guideline id, e.g. {@code SM-2.2}
 * @param severity   how serious it is
 * @param message    what is wrong, in Swedish
 * @param suggestion what to do instead, in Swedish (may be empty)
 * @param spans      the words that caused it; empty for findings about metadata
 * @param guidelineTitle the guideline's title in the policy's own words, from the rule pack's catalogue (empty
 *                   when the pack has none)
 */
public record Finding(String ruleId, String guideline, Severity severity, String message, String suggestion,
        List<Span> spans, String guidelineTitle) {
    /**
     * A finding without the guideline's title.
     *
     * @param ruleId     the stable id of the rule
     * @param guideline  the guideline id
     * @param severity   how serious it is
     * @param message    what is wrong
     * @param suggestion what to do instead (may be empty)
     * @param spans      the words that caused it
     */
    public Finding(String ruleId, String guideline, Severity severity, String message, String suggestion,
            List<Span> spans) {
        this(ruleId, guideline, severity, message, suggestion, spans, "");
    }

    /**
     * Checks the parts; a null suggestion or title becomes empty.
     *
     * @param ruleId the stable id of the rule
     * @param guideline the guideline id
     * @param severity how serious it is
     * @param message what is wrong
     * @param suggestion what to do instead (may be empty)
     * @param spans the words that caused it
     * @param guidelineTitle the guideline's title in the policy's own words, from the rule pack's catalogue (empty
     */
    public Finding {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(guideline, "guideline");
        requireNonNull(severity, "severity");
        requireNonNull(message, "message");
        suggestion = suggestion == null ? "" : suggestion;
        spans = List.copyOf(spans);
        guidelineTitle = guidelineTitle == null ? "" : guidelineTitle;
    }
}
