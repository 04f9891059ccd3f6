package io.github.policykoll.facts;

import io.github.policykoll.internal.FiringRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What a rule inserts to report a finding: {@code insert(new Hit($term));}. The rule's metadata
 * ({@code @id}, {@code @guideline}, {@code @severity}, {@code @message}, {@code @suggestion}) says what the
 * finding is; the hit says where: the positions of the facts given to it (any {@link Located}, or
 * collections of them). {@code new Hit()} reports a finding about metadata, with no words marked.
 *
 * <p>A hit can only be made in a rule's consequence. Rules that reason over findings match hits by
 * {@code guideline}, {@code severity} or {@code ruleId}.
 */
public final class Hit {
    private final String ruleId;
    private final String ruleName;
    private final String guideline;
    private final String severity;
    private final String message;
    private final String suggestion;
    private final List<int[]> spans;

    /**
     * Marks the positions of {@code evidence}: {@link Located} facts, other hits (their words), or
     * collections of them. The rule's metadata (id, guideline, severity, message) comes with it.
     *
     * @param evidence what the rule found; nothing for a finding about metadata
     */
    public Hit(Object... evidence) {
        FiringRule rule = FiringRule.current();
        if (rule.classification()) {
            throw new IllegalStateException("regeln \"" + rule.name() + "\" är märkt @classification och kan inte "
                    + "rapportera ett fynd med Hit: ta bort @classification och ge den @id, @guideline, @severity och "
                    + "@message, eller låt den lägga in en egen markering (declare) som en annan regel frågar efter");
        }
        this.ruleId = rule.id();
        this.ruleName = rule.name();
        this.guideline = rule.guideline();
        this.severity = rule.severity();
        this.message = rule.message();
        this.suggestion = rule.suggestion();
        List<int[]> s = new ArrayList<>();
        for (Object e : evidence) {
            collect(e, s);
        }
        s.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        this.spans = List.copyOf(s);
    }

    private static void collect(Object e, List<int[]> into) {
        if (e instanceof Hit h) {
            into.addAll(h.spans);
        } else if (e instanceof Located l) {
            if (l.getEnd() > l.getStart()) {
                into.add(new int[] {l.getStart(), l.getEnd()});
            }
        } else if (e instanceof Collection<?> c) {
            c.forEach(x -> collect(x, into));
        } else if (e != null) {
            throw new IllegalArgumentException(
                    "a Hit marks Located facts (Term, Sentence, ...), not " + e.getClass().getSimpleName());
        }
    }

    /** {@return the id of the rule that inserted the hit ({@code @id})} */
    public String getRuleId() {
        return ruleId;
    }

    /** {@return the rule's name in its .drl file} */
    public String getRuleName() {
        return ruleName;
    }

    /** {@return the guideline id ({@code @guideline})} */
    public String getGuideline() {
        return guideline;
    }

    /** {@return {@code advise}, {@code warn} or {@code block}} */
    public String getSeverity() {
        return severity;
    }

    /** {@return the message ({@code @message}), {ord} not yet filled in} */
    public String getMessage() {
        return message;
    }

    /** {@return the suggestion ({@code @suggestion}); empty when the rule has none} */
    public String getSuggestion() {
        return suggestion;
    }

    /** {@return the marked positions, {@code [start, end]} pairs in text order} */
    public List<int[]> getSpans() {
        return spans;
    }

    /** {@return true when the hit marks words (rather than being about metadata)} */
    public boolean isInText() {
        return !spans.isEmpty();
    }

    @Override
    public String toString() {
        return "Hit[" + ruleId + " " + guideline + " " + severity + "]";
    }
}
