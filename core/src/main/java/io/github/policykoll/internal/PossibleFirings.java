package io.github.policykoll.internal;

import io.github.policykoll.facts.Hit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.InitialFactImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.common.DefaultFactHandle;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Whether a rule that reports findings can fire on a post's facts, told without the rule engine. A rule fires only
 * when each pattern it needs is matched: the positive patterns at the top of its conditions, and a pattern alone
 * under a top-level {@code exists}. Such a pattern is matched only by a fact of its class that passes its alpha
 * constraints (those on the fact alone: {@code list == "skallsord"}, not {@code sentence == $s}); this class
 * evaluates those constraints, the rule pack's own, on the post's facts. When no rule that reports findings has
 * what it needs, the post has no findings, and the engine skips the session entirely. Most real posts break no
 * rule and most of them are told so here, in a fraction of what inserting, propagating and deleting their facts
 * costs.
 *
 * <p>What the engine inserts are the text analysis' facts ({@link #insertedByEngine}); rules insert the rest. A
 * classification rule ({@code @classification}) inserts only marks, types its pack declares, and reports nothing
 * (a {@link Hit} made in one fails, and so does inserting one of the engine's facts: {@link LoadedPack}), so it
 * is left out here, and a reporting rule's patterns on marks or on other rules' hits count as matched. A
 * reporting rule fires only when what it needs of the engine's facts is there. When a reporting rule needs
 * nothing of the engine's facts (only marks or hits), the look-ahead is over every rule instead, each by all it
 * needs: no rule can fire first without the engine's facts, and what rules insert comes from firings.
 *
 * <p>Conservative where it cannot be sure: a rule with no pattern it needs (only {@code not}, an {@code or}, an
 * {@code accumulate}) can always fire, and then every post goes to the engine; a constraint that fails to evaluate
 * counts as passed, so that the engine reports the failure as it always has. Posts with many facts go to the
 * engine without a look (long posts nearly always fire a rule, and the look would cost more there). A post that
 * is let by runs no classification rule, so one that fails or loops is noticed only on posts that go to the
 * engine.
 */
final class PossibleFirings {
    /** Posts with more facts than this go to the engine without a look. */
    static final int MAX_FACTS = 64;

    /** A pattern a rule needs: its class (an index into {@link #types}) and its alpha constraints. */
    private record Need(int type, AlphaNodeFieldConstraint[] alphas) {
    }

    /**
     * The needs that ask one field of one class to equal a text or a truth value ({@code list == "skallsord"}),
     * by that value, as the engine's own alpha network indexes them: the field is read once a fact, and a need
     * whose value no fact has is told apart without evaluating its constraints.
     */
    private record Field(int type, ReadAccessor reader, Map<Object, int[]> needsByValue) {
    }

    /** Per rule, the indexes into {@link #needs} of what it needs; null when some rule needs nothing. */
    private final int[][] rules;
    private final Need[] needs;
    private final Class<?>[] types;
    private final Field[] fields;
    /** The needs in {@link #fields}. */
    private final int[] withEquality;
    /** Per class of fact, the indexes into {@link #types} it is an instance of. */
    private final ClassValue<int[]> typesOf = new ClassValue<>() {
        @Override
        protected int[] computeValue(Class<?> factClass) {
            List<Integer> of = new ArrayList<>();
            for (int t = 0; t < types.length; t++) {
                if (types[t].isAssignableFrom(factClass)) {
                    of.add(t);
                }
            }
            return of.stream().mapToInt(Integer::intValue).toArray();
        }
    };

    private PossibleFirings(int[][] rules, Need[] needs, Class<?>[] types, Field[] fields) {
        this.rules = rules;
        this.needs = needs;
        this.types = types;
        this.fields = fields;
        this.withEquality = java.util.Arrays.stream(fields).flatMap(f -> f.needsByValue.values().stream())
                .flatMapToInt(java.util.Arrays::stream).toArray();
    }

    /** Every post goes to the engine. */
    private static PossibleFirings always() {
        return new PossibleFirings(null, new Need[0], new Class<?>[0], new Field[0]);
    }

    /**
     * The look-ahead for the rules of {@code kieBase}: over the rules that report findings when each of them needs
     * some fact the engine inserts; else over every rule, as the first to fire.
     */
    static PossibleFirings of(KieBase kieBase) {
        PossibleFirings reporting = of(kieBase, true);
        if (reporting != null) {
            return reporting;
        }
        PossibleFirings any = of(kieBase, false);
        return any != null ? any : always();
    }

    /**
     * With {@code reporting}, over the rules that can report a finding, each by what it needs of the facts the
     * engine inserts (what classification rules and other rules insert counts as there); else over every rule, by
     * all it needs (what rules insert is there only after a firing). Null when a rule needs nothing of that.
     */
    private static PossibleFirings of(KieBase kieBase, boolean reporting) {
        List<int[]> rules = new ArrayList<>();
        List<Need> needs = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        // the same pattern in several rules ("Term( list == "skallsord" )") is one need, looked at once a post
        Map<List<Object>, Integer> known = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (reporting && rule.getMetaData().containsKey(FiringRule.CLASSIFICATION)) {
                    continue;
                }
                List<Pattern> patterns = new ArrayList<>();
                if (rule instanceof RuleImpl impl) {
                    needed(impl.getLhs(), patterns);
                }
                if (reporting) {
                    patterns.removeIf(p -> !insertedByEngine(((ClassObjectType) p.getObjectType()).getClassType()));
                }
                List<Integer> ofRule = new ArrayList<>();
                for (Pattern p : patterns) {
                    Class<?> type = ((ClassObjectType) p.getObjectType()).getClassType();
                    List<AlphaNodeFieldConstraint> alphas = new ArrayList<>();
                    for (Constraint c : p.getConstraints()) {
                        if (c.getType() == Constraint.ConstraintType.ALPHA && c instanceof AlphaNodeFieldConstraint a) {
                            alphas.add(a);
                        }
                    }
                    List<Object> key = new ArrayList<>(alphas);
                    key.add(0, type);
                    Integer n = known.get(key);
                    if (n == null) {
                        int t = types.indexOf(type);
                        if (t < 0) {
                            t = types.size();
                            types.add(type);
                        }
                        n = needs.size();
                        needs.add(new Need(t, alphas.toArray(AlphaNodeFieldConstraint[]::new)));
                        known.put(key, n);
                    }
                    if (!ofRule.contains(n)) {
                        ofRule.add(n);
                    }
                }
                if (ofRule.isEmpty()) { // can fire whatever the facts
                    return null;
                }
                rules.add(ofRule.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return new PossibleFirings(rules.toArray(int[][]::new), needs.toArray(Need[]::new),
                types.toArray(Class<?>[]::new), fields(needs));
    }

    /** A class of the facts the engine inserts, made by the text analysis (not {@link Hit}, not a declared type). */
    static boolean insertedByEngine(Class<?> type) {
        return type.getPackageName().equals(Hit.class.getPackageName()) && type != Hit.class;
    }

    /** The needs with an equality on a field, grouped by the field's reader (see {@link Field}). */
    private static Field[] fields(List<Need> needs) {
        Map<List<Object>, Map<Object, List<Integer>>> byReader = new HashMap<>();
        for (int n = 0; n < needs.size(); n++) {
            for (AlphaNodeFieldConstraint a : needs.get(n).alphas()) {
                if (a instanceof IndexableConstraint c && c.getConstraintType() == ConstraintTypeOperator.EQUAL
                        && c.getField() != null && c.getFieldExtractor() != null
                        && (c.getField().getValue() instanceof String || c.getField().getValue() instanceof Boolean)) {
                    byReader.computeIfAbsent(List.of(needs.get(n).type(), c.getFieldExtractor()), k -> new HashMap<>())
                            .computeIfAbsent(c.getField().getValue(), k -> new ArrayList<>()).add(n);
                    break; // one equality is enough to tell a need apart
                }
            }
        }
        List<Field> fields = new ArrayList<>();
        byReader.forEach((key, byValue) -> {
            Map<Object, int[]> index = new HashMap<>();
            byValue.forEach((value, ns) -> index.put(value, ns.stream().mapToInt(Integer::intValue).toArray()));
            fields.add(new Field((Integer) key.get(0), (ReadAccessor) key.get(1), index));
        });
        return fields.toArray(Field[]::new);
    }

    /**
     * Collects into {@code into} the patterns a rule with conditions {@code lhs} (an {@code and}) needs for sure:
     * its patterns and those alone under an {@code exists}, also in a nested {@code and}. An {@code or}, a
     * {@code not}, an {@code eval}, an {@code accumulate} need nothing that can be told here.
     */
    private static void needed(GroupElement lhs, List<Pattern> into) {
        if (!lhs.isAnd()) {
            return;
        }
        for (RuleConditionElement e : lhs.getChildren()) {
            if (e instanceof Pattern p && usable(p)) {
                into.add(p);
            } else if (e instanceof GroupElement g) {
                if (g.isExists() && g.getChildren().size() == 1 && g.getChildren().get(0) instanceof Pattern p) {
                    if (usable(p)) {
                        into.add(p);
                    }
                } else if (g.isAnd()) {
                    needed(g, into);
                }
            }
        }
    }

    /** A pattern matched by inserted facts of a Java class, which this class can look for among a post's facts. */
    private static boolean usable(Pattern p) {
        return p.getSource() == null && p.getXpathConstraint() == null
                && p.getObjectType() instanceof ClassObjectType c && c.getClassType() != null
                // the engine's own initial fact is in every session: a pattern it can match needs nothing
                && !c.getClassType().isAssignableFrom(InitialFactImpl.class);
    }

    /** Whether the engine must run: some rule can fire on {@code facts}. */
    boolean any(List<Object> facts, ValueResolver resolver) {
        if (rules == null || facts.size() > MAX_FACTS) {
            return true;
        }
        // the post's facts by the classes the needs name, each with a handle for the constraints
        List<List<DefaultFactHandle>> byType = new ArrayList<>(types.length);
        for (int t = 0; t < types.length; t++) {
            byType.add(null);
        }
        for (Object fact : facts) {
            int[] of = typesOf.get(fact.getClass());
            if (of.length == 0) {
                continue;
            }
            DefaultFactHandle handle = new DefaultFactHandle(0, fact);
            for (int t : of) {
                List<DefaultFactHandle> list = byType.get(t);
                if (list == null) {
                    list = new ArrayList<>(4);
                    byType.set(t, list);
                }
                list.add(handle);
            }
        }
        byte[] state = new byte[needs.length]; // 0: not looked at, 1: matched, 2: not matched
        for (int n : withEquality) { // matched only by a fact with its value
            state[n] = NOT_MATCHED;
        }
        for (Field field : fields) {
            List<DefaultFactHandle> candidates = byType.get(field.type);
            if (candidates == null) {
                continue;
            }
            for (DefaultFactHandle handle : candidates) {
                Object value;
                try {
                    value = field.reader.getValue(resolver, handle.getObject());
                } catch (RuntimeException | LinkageError e) {
                    return true; // the engine reports it
                }
                int[] ns = value == null ? null : field.needsByValue.get(value);
                if (ns != null) {
                    for (int n : ns) {
                        state[n] = 0; // to be looked at
                    }
                }
            }
        }
        for (int[] rule : rules) {
            if (refuted(rule, state, byType)) {
                continue;
            }
            boolean all = true;
            for (int n : rule) {
                if (state[n] == 0) {
                    state[n] = matched(needs[n], byType.get(needs[n].type), resolver) ? MATCHED : NOT_MATCHED;
                }
                if (state[n] == NOT_MATCHED) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static final byte MATCHED = 1;
    private static final byte NOT_MATCHED = 2;

    /** Whether a need of {@code rule} is known not to be matched without evaluating a constraint. */
    private boolean refuted(int[] rule, byte[] state, List<List<DefaultFactHandle>> byType) {
        for (int n : rule) {
            if (state[n] == NOT_MATCHED || byType.get(needs[n].type) == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean matched(Need need, List<DefaultFactHandle> candidates, ValueResolver resolver) {
        if (candidates == null) {
            return false;
        }
        for (DefaultFactHandle handle : candidates) {
            if (passes(need.alphas, handle, resolver)) {
                return true;
            }
        }
        return false;
    }

    private static boolean passes(AlphaNodeFieldConstraint[] alphas, DefaultFactHandle handle, ValueResolver resolver) {
        for (AlphaNodeFieldConstraint a : alphas) {
            boolean allowed;
            try {
                allowed = a.isAllowed(handle, resolver);
            } catch (RuntimeException | LinkageError e) {
                allowed = true; // the engine reports it when it evaluates the constraint itself
            }
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
