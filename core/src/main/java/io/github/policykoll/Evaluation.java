package io.github.policykoll;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of evaluating one post.
 *
 * @param postId   the post's id, or {@code null} when the post had none
 * @param verdict  the most severe finding's level, or {@link Verdict#PASS}
 * @param findings the findings, ordered by position in the text, then guideline
 * @param rulePack the rule pack that made this evaluation
 */
public record Evaluation(String postId, Verdict verdict, List<Finding> findings, RulePack rulePack) {
    /**
     * Checks the parts and copies the findings.
     *
     * @param postId the post's id, or {@code null} when the post had none
     * @param verdict the most severe finding's level, or {@link Verdict#PASS}
     * @param findings the findings, ordered by position in the text, then guideline
     * @param rulePack the rule pack that made this evaluation
     */
    public Evaluation {
        requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        requireNonNull(rulePack, "rulePack");
    }

    /**
     * The findings for one guideline.
     *
     * @param guideline a guideline id, e.g. {@code SM-2.2}
     * @return its findings, in the evaluation's order
     */
    public List<Finding> findings(String guideline) {
        return findings.stream().filter(f -> f.guideline().equals(guideline)).toList();
    }
}
