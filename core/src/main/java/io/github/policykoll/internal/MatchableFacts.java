package io.github.policykoll.internal;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which facts a rule pack can match at all: the classes its rules' patterns name, nested ones ({@code not},
 * {@code exists}, {@code accumulate}) included. A fact of a class no pattern can match cannot make any rule fire
 * or stop firing, so the engine does not insert it (rules-sv has no rule on {@code Sentence}: a post of 100,000
 * characters has over a thousand sentences, none of them inserted). When a pattern's type is not a Java class,
 * every fact counts as matchable.
 */
final class MatchableFacts extends ClassValue<Boolean> {
    private final List<Class<?>> types;

    private MatchableFacts(List<Class<?>> types) {
        this.types = types;
    }

    static MatchableFacts of(KieBase kieBase) {
        List<Class<?>> types = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl)) {
                    return new MatchableFacts(null);
                }
                List<Pattern> patterns = new ArrayList<>();
                collect(impl.getLhs(), patterns);
                for (Pattern p : patterns) {
                    if (p.getSource() != null) {
                        continue; // fed by its accumulate, collect or from, not by inserted facts (those are nested)
                    }
                    if (!(p.getObjectType() instanceof ClassObjectType c) || c.getClassType() == null) {
                        return new MatchableFacts(null);
                    }
                    if (!types.contains(c.getClassType())) {
                        types.add(c.getClassType());
                    }
                }
            }
        }
        return new MatchableFacts(List.copyOf(types));
    }

    /** Every pattern under {@code e}, depth first. */
    static void collect(RuleConditionElement e, List<Pattern> into) {
        if (e instanceof Pattern p) {
            into.add(p);
        }
        for (RuleConditionElement nested : e.getNestedElements()) {
            collect(nested, into);
        }
    }

    /** Whether some pattern of the pack can match a fact of {@code factClass}. */
    boolean matchable(Class<?> factClass) {
        return get(factClass);
    }

    @Override
    protected Boolean computeValue(Class<?> factClass) {
        if (types == null) {
            return true;
        }
        for (Class<?> t : types) {
            if (t.isAssignableFrom(factClass)) {
                return true;
            }
        }
        return false;
    }
}
