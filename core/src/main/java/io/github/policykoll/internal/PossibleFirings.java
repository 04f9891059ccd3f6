package io.github.policykoll.internal;

import io.github.policykoll.facts.Hit;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.reteoo.InitialFactImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.model.BetaIndex;
import org.drools.model.functions.Function1;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A look at a post's facts before they go into a rule session, with the rule pack's own constraints: whether a rule
 * that reports findings can fire at all (most posts: no, and the engine skips the session), and which facts can
 * make a difference to a rule that can fire (the engine inserts only those).
 *
 * <p>A rule fires only when each pattern it needs is matched: the positive patterns at the top of its conditions,
 * and a pattern alone under a top-level {@code exists}. Such a pattern is matched only by a fact of its class that
 * passes its alpha constraints (those on the fact alone: {@code list == "skallsord"}, not {@code sentence == $s});
 * this class evaluates those constraints on the post's facts, equalities on a text or truth value looked up by
 * value as the engine's alpha network does. Of an {@code or} of patterns at the top or under a top-level
 * {@code exists} (a <em>choice</em>: {@code exists ( BadNews( sentence == $s ) or Term( list == "sarkasm-emoji" ) )})
 * it needs one pattern matched. A rule is <em>live</em> when every such pattern on the facts the engine inserts
 * ({@link #insertedByEngine}: the text analysis' facts) is matched, every mark it needs (a type only rules insert,
 * not a hit) can be there: some live rule may insert it, and each of its choices has a matched pattern or a mark
 * that can be there. A rule that reports findings inserts only hits; a classification rule ({@code @classification})
 * makes no hit, and one that names its marks ({@code @classification("IndividualCase")}) inserts only those; a bare
 * {@code @classification} may insert any mark. Patterns on hits count as matched. No rule inserts the engine's
 * facts. {@link LoadedPack} fails an evaluation where a rule breaks any of this. The live rules are the least set
 * closed under these conditions ({@link #withMarks}): a mark is inserted only by a rule that fires, which needs its
 * own marks first. So a rule that is not live never fires on the post, and:
 * <ul>
 *   <li>when no rule that reports findings is live, the post has no findings: the session is skipped (when a
 *       reporting rule needs nothing of the engine's facts, the look is instead whether any rule can fire first:
 *       live and needing nothing that rules insert);</li>
 *   <li>a fact that passes the alpha constraints of no pattern of a live rule (anywhere in its conditions: under
 *       {@code not}, {@code exists}, {@code or}, in an {@code accumulate}) is one the engine's alpha network would
 *       stop before any join: it is not inserted. Nor, so, is a fact of a class no pattern names, or only a rule
 *       that is not live names (rules-sv's one rule on {@code Sentence} needs a "riktning-tillbaka" word: a post
 *       of 100,000 characters has over a thousand sentences, and without such a word none is inserted).</li>
 *   <li>nor is a fact that joins nothing: where a pattern alone at the top or under a top-level {@code not} or
 *       {@code exists} asks a value of its fact to equal one that another top-level pattern on the engine's
 *       facts binds ({@code not Term( list == "uppriktigt", sentence == $s )} after {@code Term( ..., $s :
 *       sentence )}), in the executable model (a precompiled pack), a fact with a value no fact of that pattern
 *       has makes no difference to the rule ({@link Join}).</li>
 * </ul>
 *
 * <p>Conservative where it cannot be sure: a rule with no pattern it needs (only {@code not}, an {@code or} of more
 * than patterns, an {@code accumulate}) is always live, as is a choice with a pattern on hits; a constraint that
 * fails to evaluate counts as passed, so that the engine reports the failure as it always has; a pattern of a kind
 * not handled here (not on a Java class, an OOPath) keeps every fact. A post whose session is skipped runs no
 * classification rule either, so one that loops or fails is noticed only on posts that go to the engine.
 */
final class PossibleFirings {
    /** A pattern: its class (an index into {@link #types}) and its alpha constraints. */
    private record Check(int type, AlphaNodeFieldConstraint[] alphas) {
    }

    /**
     * The checks that ask one field of one class to equal a text or a truth value ({@code list == "skallsord"}), by
     * that value: the field is read once a fact, and a check whose value the fact does not have is passed over
     * without evaluating its constraints.
     */
    private record Field(int type, ReadAccessor reader, Map<Object, int[]> checksByValue) {
    }

    /** How the session is skipped: see the class comment. */
    private enum Mode { REPORTING, FIRST }

    private final Class<?>[] types;
    /**
     * Per class of fact seen so far, the indexes into {@link #types} it is an instance of ({@link #typesOf}): the
     * classes at even places, their indexes after each. Replaced whole when a class is added, so a reader needs
     * no lock; a pack's facts are of a dozen classes. (A {@code ClassValue} took its slow path on most look-ups
     * here, beside the other class values of the facts' classes.)
     */
    private volatile Object[] typesByClass = new Object[0];

    /** The patterns rules need, on the engine's facts. */
    private final Check[] needs;
    private final Field[] needFields;
    /** The needs in {@link #needFields}. */
    private final int[] needsWithEquality;
    /** Per rule, the indexes into {@link #needs} of what it needs. */
    private final int[][] ruleNeeds;
    /**
     * Per need, the rules that report findings and need it, when it is one of {@link #needsWithEquality} (else
     * empty): such a rule can fire only if every one of its needs with an equality was met by a fact's value,
     * so {@link #look} asks only those whose count of such needs the post's values reach.
     */
    private final int[][] reportingByEqualityNeed;
    /** Per rule, how many of its needs are {@link #needsWithEquality}. */
    private final int[] equalityNeedsOf;
    /** The rules that report findings and have no need with an equality: asked for every post. */
    private final int[] reportingWithoutEquality;
    /** Per rule, whether it reports findings (not {@code @classification}). */
    private final boolean[] reporting;
    /** Per rule, whether it also needs a fact that rules insert. */
    private final boolean[] needsInserted;
    /** Per rule, the marks it needs (indexes into {@link #producers}); empty for most. */
    private final int[][] ruleMarks;
    /**
     * Per rule, the choices it needs ({@code exists ( A or B )}): each a need of the rule, met by one of its
     * patterns; the patterns on the engine's facts as indexes into {@link #needs}. Empty for most.
     */
    private final int[][][] ruleChoiceNeeds;
    /** Per rule and choice, its patterns on marks (indexes into {@link #producers}). */
    private final int[][][] ruleChoiceMarks;
    /** Per mark a rule needs, the rules that may insert it (see {@link #marksOf}). */
    private final int[][] producers;
    /** Per rule (by {@link #key}), the marks a classification rule says it inserts; absent: any mark. */
    private final Map<String, Class<?>[]> declaredMarks;
    /** Per rule (by {@link #key}), the names in its {@code @classification("...")} that name no type. */
    private final Map<String, List<String>> unknownMarks;
    /** Per rule (by {@link #key}), the marks it needs that no rule may insert: it can never fire. */
    private final Map<String, List<String>> unmadeMarks;
    private final Mode mode;

    /** Every pattern of every rule; null when some pattern cannot be looked at here (every fact is inserted). */
    private final Check[] watches;
    /** Per watch, the index of its rule. */
    private final int[] watchRule;
    /** Per type (an index into {@link #types}), the fields with watches on that class. */
    private final Field[][] watchFields;
    /** Per type, the watches not in {@link #watchFields}. */
    private final int[][] otherWatches;
    /** Per watch, the joins its facts need ({@link Join}); empty for most. */
    private final Join[][] watchJoins;

    /**
     * A join that a fact of a watched pattern needs to make a difference: the pattern ({@code Term( list ==
     * "uppriktigt", sentence == $s )}, alone or under a top-level {@code not} or {@code exists}) asks a value of
     * its fact ({@code left}: its sentence) to equal one that a top-level pattern of the same rule binds
     * ({@code declaration}, {@code $s}, then {@code right}), on the engine's facts. A fact with a value that no fact
     * of that pattern ({@code with}, passing its alpha constraints) has joins nothing in that rule: in the long
     * post, 57 "uppriktigt" words among 29 sentences with a "missforhallanden" word.
     */
    private record Join(Check with, Declaration declaration, Function1<Object, Object> left,
            Function1<Object, Object> right) {
    }

    private PossibleFirings(Builder b) {
        this.types = b.types.toArray(Class<?>[]::new);
        this.needs = b.needs.toArray(Check[]::new);
        this.needFields = fields(b.needs);
        this.needsWithEquality = Arrays.stream(needFields).flatMap(f -> f.checksByValue.values().stream())
                .flatMapToInt(Arrays::stream).toArray();
        this.ruleNeeds = b.ruleNeeds.toArray(int[][]::new);
        this.reporting = toArray(b.reporting);
        this.needsInserted = toArray(b.needsInserted);
        this.ruleMarks = b.ruleMarks.toArray(int[][]::new);
        this.ruleChoiceNeeds = b.ruleChoiceNeeds.toArray(int[][][]::new);
        this.ruleChoiceMarks = b.ruleChoiceMarks.toArray(int[][][]::new);
        boolean[] withEquality = new boolean[needs.length];
        for (int n : needsWithEquality) {
            withEquality[n] = true;
        }
        List<List<Integer>> byNeed = new ArrayList<>();
        for (int n = 0; n < needs.length; n++) {
            byNeed.add(new ArrayList<>());
        }
        this.equalityNeedsOf = new int[ruleNeeds.length];
        List<Integer> without = new ArrayList<>();
        for (int r = 0; r < ruleNeeds.length; r++) {
            for (int n : ruleNeeds[r]) {
                if (withEquality[n]) {
                    equalityNeedsOf[r]++;
                    if (reporting[r]) {
                        byNeed.get(n).add(r);
                    }
                }
            }
            if (reporting[r] && equalityNeedsOf[r] == 0) {
                without.add(r);
            }
        }
        this.reportingByEqualityNeed = byNeed.stream().map(rs -> rs.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.reportingWithoutEquality = without.stream().mapToInt(Integer::intValue).toArray();
        this.declaredMarks = Map.copyOf(b.declared);
        this.unknownMarks = Map.copyOf(b.unknown);
        this.producers = new int[b.marks.size()][];
        for (int m = 0; m < producers.length; m++) {
            Class<?> mark = b.marks.get(m);
            List<Integer> of = new ArrayList<>();
            for (int r = 0; r < ruleNeeds.length; r++) {
                if (reporting[r]) {
                    continue; // a rule that reports inserts only hits (enforced while rules run)
                }
                Class<?>[] inserts = b.ruleInserts.get(r);
                boolean may = inserts == null;
                for (int k = 0; !may && k < inserts.length; k++) {
                    may = mark.isAssignableFrom(inserts[k]) || inserts[k].isAssignableFrom(mark);
                }
                if (may) {
                    of.add(r);
                }
            }
            producers[m] = of.stream().mapToInt(Integer::intValue).toArray();
        }
        Map<String, List<String>> unmade = new HashMap<>();
        for (int r = 0; r < ruleNeeds.length; r++) {
            for (int m : ruleMarks[r]) {
                if (producers[m].length == 0) {
                    unmade.computeIfAbsent(key(b.rules.get(r)), k -> new ArrayList<>())
                            .add(b.marks.get(m).getSimpleName());
                }
            }
        }
        this.unmadeMarks = Map.copyOf(unmade);
        boolean everyReportingRuleNeedsAFact = true;
        for (int r = 0; r < ruleNeeds.length; r++) {
            everyReportingRuleNeedsAFact &= !reporting[r] || ruleNeeds[r].length > 0;
        }
        this.mode = everyReportingRuleNeedsAFact ? Mode.REPORTING : Mode.FIRST;
        if (b.watchesComplete) {
            this.watches = b.watches.toArray(Check[]::new);
            this.watchRule = b.watchRule.stream().mapToInt(Integer::intValue).toArray();
            Field[] fields = fields(b.watches);
            boolean[] indexed = new boolean[watches.length];
            for (Field f : fields) {
                f.checksByValue.values().forEach(ws -> Arrays.stream(ws).forEach(w -> indexed[w] = true));
            }
            this.watchJoins = b.watchJoins.toArray(Join[][]::new);
            this.watchFields = new Field[types.length][];
            this.otherWatches = new int[types.length][];
            for (int t = 0; t < types.length; t++) {
                int type = t;
                watchFields[t] = Arrays.stream(fields).filter(f -> f.type == type).toArray(Field[]::new);
                otherWatches[t] = java.util.stream.IntStream.range(0, watches.length)
                        .filter(w -> !indexed[w] && watches[w].type == type).toArray();
            }
        } else {
            this.watches = null;
            this.watchRule = null;
            this.watchFields = null;
            this.otherWatches = null;
            this.watchJoins = null;
        }
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] a = new boolean[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }

    /** Stands for a simple name that two classes have. */
    private static final Class<?> AMBIGUOUS = Void.class;

    /** Collects the checks of a pack's rules. */
    private static final class Builder {
        final List<Class<?>> types = new ArrayList<>();
        final List<Check> needs = new ArrayList<>();
        /** The same pattern in several rules ({@code Term( list == "skallsord" )}) is one need, looked at once. */
        final Map<List<Object>, Integer> knownNeeds = new HashMap<>();
        final List<int[]> ruleNeeds = new ArrayList<>();
        final List<Boolean> reporting = new ArrayList<>();
        final List<Boolean> needsInserted = new ArrayList<>();
        final List<Check> watches = new ArrayList<>();
        final List<Integer> watchRule = new ArrayList<>();
        final List<Join[]> watchJoins = new ArrayList<>();
        boolean watchesComplete = true;
        /** The marks rules need: declared types (or other classes) that only rules insert, not hits. */
        final List<Class<?>> marks = new ArrayList<>();
        final List<int[]> ruleMarks = new ArrayList<>();
        final List<int[][]> ruleChoiceNeeds = new ArrayList<>();
        final List<int[][]> ruleChoiceMarks = new ArrayList<>();
        /** Per rule, the classes its {@code @classification("...")} names; null for any mark. */
        final List<Class<?>[]> ruleInserts = new ArrayList<>();
        final Map<String, Class<?>[]> declared = new HashMap<>();
        final Map<String, List<String>> unknown = new HashMap<>();
        /** Every class a pattern names, by full and by simple name ({@link #AMBIGUOUS} for two of one name). */
        final Map<String, Class<?>> named = new HashMap<>();
        /** Per rule, the names in its {@code @classification("...")}, resolved once every rule is read. */
        final List<String[]> insertNames = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();

        /** Resolves the names in the rules' {@code @classification("...")} to classes. */
        void resolve(KieBase kieBase) {
            for (int r = 0; r < rules.size(); r++) {
                String[] names = insertNames.get(r);
                Rule rule = rules.get(r);
                if (names == null) {
                    ruleInserts.add(null);
                    continue;
                }
                List<Class<?>> classes = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                boolean unsure = false;
                for (String name : names) {
                    // a type the rule's own package declares first, then a class some pattern names
                    FactType declaredType = kieBase.getFactType(rule.getPackageName(), name);
                    Class<?> c = declaredType == null ? named.get(name) : declaredType.getFactClass();
                    if (c == null) {
                        missing.add(name);
                    } else if (c == AMBIGUOUS) {
                        unsure = true; // two classes of that simple name: the look cannot tell which
                    } else {
                        classes.add(c);
                    }
                }
                if (!missing.isEmpty()) {
                    unknown.put(key(rule), List.copyOf(missing));
                }
                if (!missing.isEmpty() || unsure) {
                    ruleInserts.add(null); // may insert anything, as far as this look can tell
                    continue;
                }
                Class<?>[] inserts = classes.toArray(Class<?>[]::new);
                ruleInserts.add(inserts);
                declared.put(key(rule), inserts);
            }
        }

        int type(Class<?> type) {
            return indexOf(types, type);
        }

        /** The index of {@code item} in {@code list}, where it is added when it is not there yet. */
        private static <T> int indexOf(List<T> list, T item) {
            int i = list.indexOf(item);
            if (i < 0) {
                i = list.size();
                list.add(item);
            }
            return i;
        }

        /** The index of the need for pattern {@code p} (on the engine's facts): one for equal patterns. */
        int need(Pattern p) {
            Check c = check(p);
            List<Object> key = new ArrayList<>(Arrays.asList(c.alphas));
            key.add(0, c.type);
            Integer n = knownNeeds.get(key);
            if (n == null) {
                n = needs.size();
                needs.add(c);
                knownNeeds.put(key, n);
            }
            return n;
        }

        int mark(Class<?> type) {
            return indexOf(marks, type);
        }

        /**
         * The joins ({@link Join}) of the patterns of {@code lhs} (an {@code and}) that stand alone at its top or
         * alone under a top-level {@code not} or {@code exists}: each equality of the executable model on one
         * value bound by another top-level pattern on the engine's facts. Others (in an {@code or}, an
         * {@code accumulate}, on marks) get none, and their facts are kept as before.
         */
        void joins(GroupElement lhs, Map<Pattern, List<Join>> into) {
            if (!lhs.isAnd()) {
                return;
            }
            List<Pattern> top = new ArrayList<>();
            List<Pattern> patterns = new ArrayList<>();
            for (RuleConditionElement e : lhs.getChildren()) {
                if (e instanceof Pattern p) {
                    top.add(p);
                    patterns.add(p);
                } else if (e instanceof GroupElement g && (g.isNot() || g.isExists()) && g.getChildren().size() == 1
                        && g.getChildren().get(0) instanceof Pattern p) {
                    patterns.add(p);
                }
            }
            for (Pattern p : patterns) {
                if (!usable(p)) {
                    continue;
                }
                for (Constraint c : p.getConstraints()) {
                    if (c.getType() != Constraint.ConstraintType.BETA || !(c instanceof LambdaConstraint lc)
                            || lc.getConstraintType() != ConstraintTypeOperator.EQUAL
                            || lc.getRequiredDeclarations().length != 1
                            || !(lc.getEvaluator().getIndex() instanceof BetaIndex<?, ?, ?> index)) {
                        continue;
                    }
                    Declaration d = lc.getRequiredDeclarations()[0];
                    Pattern q = d.getPattern();
                    if (q == p || top.stream().noneMatch(t -> t == q) || !usable(q)
                            || !insertedByEngine(((ClassObjectType) q.getObjectType()).getClassType())) {
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    Function1<Object, Object> left = (Function1<Object, Object>) index.getLeftOperandExtractor();
                    @SuppressWarnings("unchecked")
                    Function1<Object, Object> right = (Function1<Object, Object>) index.getRightOperandExtractor();
                    into.computeIfAbsent(p, k -> new ArrayList<>()).add(new Join(check(q), d, left, right));
                }
            }
        }

        Check check(Pattern p) {
            Class<?> type = ((ClassObjectType) p.getObjectType()).getClassType();
            List<AlphaNodeFieldConstraint> alphas = new ArrayList<>();
            for (Constraint c : p.getConstraints()) {
                if (c.getType() == Constraint.ConstraintType.ALPHA && c instanceof AlphaNodeFieldConstraint a) {
                    alphas.add(a);
                }
            }
            return new Check(type(type), alphas.toArray(AlphaNodeFieldConstraint[]::new));
        }

        void rule(Rule rule) {
            int r = ruleNeeds.size();
            List<Pattern> needed = new ArrayList<>();
            List<List<Pattern>> choices = new ArrayList<>();
            List<Pattern> all = new ArrayList<>();
            Map<Pattern, List<Join>> joins = new IdentityHashMap<>();
            if (rule instanceof RuleImpl impl) {
                needed(impl.getLhs(), needed, choices);
                collect(impl.getLhs(), all);
                joins(impl.getLhs(), joins);
            } else {
                watchesComplete = false;
            }
            boolean inserted = false;
            List<Integer> ofRule = new ArrayList<>();
            List<Integer> marksOfRule = new ArrayList<>();
            for (Pattern p : needed) {
                Class<?> type = ((ClassObjectType) p.getObjectType()).getClassType();
                if (!insertedByEngine(type)) {
                    inserted = true; // a mark or a hit: there when a rule that may insert it can fire
                    if (isMark(type)) {
                        int m = mark(type);
                        if (!marksOfRule.contains(m)) {
                            marksOfRule.add(m);
                        }
                    }
                    continue;
                }
                int n = need(p);
                if (!ofRule.contains(n)) {
                    ofRule.add(n);
                }
            }
            List<int[]> choiceNeeds = new ArrayList<>();
            List<int[]> choiceMarks = new ArrayList<>();
            for (List<Pattern> choice : choices) {
                List<Integer> ns = new ArrayList<>();
                List<Integer> ms = new ArrayList<>();
                boolean told = true;
                for (Pattern p : choice) {
                    Class<?> type = ((ClassObjectType) p.getObjectType()).getClassType();
                    if (insertedByEngine(type)) {
                        ns.add(need(p));
                    } else if (isMark(type)) {
                        ms.add(mark(type));
                    } else {
                        told = false; // a hit, which any rule that reports may insert: always met
                    }
                }
                if (told) {
                    choiceNeeds.add(ns.stream().mapToInt(Integer::intValue).toArray());
                    choiceMarks.add(ms.stream().mapToInt(Integer::intValue).toArray());
                    inserted |= ns.isEmpty(); // met only by what rules insert
                }
            }
            ruleNeeds.add(ofRule.stream().mapToInt(Integer::intValue).toArray());
            ruleMarks.add(marksOfRule.stream().mapToInt(Integer::intValue).toArray());
            ruleChoiceNeeds.add(choiceNeeds.toArray(int[][]::new));
            ruleChoiceMarks.add(choiceMarks.toArray(int[][]::new));
            rules.add(rule);
            String says = FiringRule.meta(rule.getMetaData(), FiringRule.CLASSIFICATION, "");
            insertNames.add(says.isBlank() ? null : Arrays.stream(says.split(",")).map(String::strip)
                    .filter(n -> !n.isEmpty()).toArray(String[]::new));
            reporting.add(!rule.getMetaData().containsKey(FiringRule.CLASSIFICATION));
            needsInserted.add(inserted);
            for (Pattern p : all) {
                if (p.getObjectType() instanceof ClassObjectType c && c.getClassType() != null) {
                    Class<?> type = c.getClassType();
                    named.merge(type.getSimpleName(), type, (was, now) -> was == now ? was : AMBIGUOUS);
                    named.put(type.getName(), type);
                }
                if (p.getSource() != null) {
                    continue; // fed by its accumulate or from, not by inserted facts (those are nested patterns)
                }
                if (!(p.getObjectType() instanceof ClassObjectType c) || c.getClassType() == null
                        || p.getXpathConstraint() != null) {
                    watchesComplete = false;
                    continue;
                }
                watches.add(check(p));
                watchRule.add(r);
                List<Join> js = joins.get(p);
                watchJoins.add(js == null ? new Join[0] : js.toArray(Join[]::new));
            }
        }
    }

    /**
     * Drools' own fact handle ({@code org.drools.core.common.DefaultFactHandle}), which the classic DRL build's
     * compiled constraints need (they read more than the fact from it); its constructor is looked up by name so
     * that this class names no type of Drools' core, whose annotations the documentation tool cannot resolve.
     */
    private static final MethodHandle HANDLE;
    /**
     * Points a handle made by {@link #HANDLE} at another fact: a look evaluates constraints through one handle, not
     * one per fact (850 for a post of 100,000 characters, each with a list of tuples).
     */
    private static final MethodHandle SET_OBJECT;

    static {
        try {
            Class<?> type = Class.forName("org.drools.core.common.DefaultFactHandle", true,
                    PossibleFirings.class.getClassLoader());
            // a constant handle the compiler inlines: a reflective call costs more than the constraint it serves
            HANDLE = MethodHandles.publicLookup()
                    .findConstructor(type, MethodType.methodType(void.class, long.class, Object.class))
                    .asType(MethodType.methodType(FactHandle.class, long.class, Object.class));
            SET_OBJECT = MethodHandles.publicLookup()
                    .findVirtual(type, "setObject", MethodType.methodType(void.class, Object.class))
                    .asType(MethodType.methodType(void.class, FactHandle.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** {@code handle}, made by {@link #handle(Object)}, pointed at {@code fact}. */
    private static FactHandle pointed(FactHandle handle, Object fact) {
        try {
            SET_OBJECT.invokeExact(handle, fact);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return handle;
    }

    private static FactHandle handle(Object fact) {
        try {
            return (FactHandle) HANDLE.invokeExact(0L, fact);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The look for the rules of {@code kieBase}. */
    static PossibleFirings of(KieBase kieBase) {
        Builder b = new Builder();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                b.rule(rule);
            }
        }
        b.resolve(kieBase);
        return new PossibleFirings(b);
    }

    /**
     * A class of facts that only rules insert and that is not a hit: a mark (a type the pack declares). Object,
     * an interface or a superclass of a hit may be met by a hit, which any rule that reports may insert.
     */
    private static boolean isMark(Class<?> type) {
        return !insertedByEngine(type) && !type.isInterface() && !type.isAssignableFrom(Hit.class);
    }

    /** The key of a rule in {@link #declaredMarks}: its package and name. */
    private static String key(Rule rule) {
        return rule.getPackageName() + '\u0000' + rule.getName();
    }

    /**
     * The marks {@code rule} may insert, as its {@code @classification("AddressesPerson, Literal")} names them;
     * null when it names none (then it may insert any) or is not a rule of this pack.
     */
    Class<?>[] marksOf(Rule rule) {
        return declaredMarks.get(key(rule));
    }

    /** The names in the {@code @classification("...")} of {@code rule} that name no type; empty when none. */
    List<String> unknownMarks(Rule rule) {
        return unknownMarks.getOrDefault(key(rule), List.of());
    }

    /**
     * The marks {@code rule} needs that no rule may insert (every classification rule names its marks, and none
     * names these): the rule can never fire. Empty when none.
     */
    List<String> unmadeMarks(Rule rule) {
        return unmadeMarks.getOrDefault(key(rule), List.of());
    }

    /** A class of the facts the engine inserts, made by the text analysis (not {@link Hit}, not a declared type). */
    static boolean insertedByEngine(Class<?> type) {
        return type.getPackageName().equals(Hit.class.getPackageName()) && type != Hit.class;
    }

    /** The checks with an equality on a field, grouped by the field's reader (see {@link Field}). */
    private static Field[] fields(List<Check> checks) {
        Map<List<Object>, Map<Object, List<Integer>>> byReader = new HashMap<>();
        for (int n = 0; n < checks.size(); n++) {
            for (AlphaNodeFieldConstraint a : checks.get(n).alphas()) {
                if (a instanceof IndexableConstraint c && c.getConstraintType() == ConstraintTypeOperator.EQUAL
                        && c.getField() != null && c.getFieldExtractor() != null
                        && (c.getField().getValue() instanceof String || c.getField().getValue() instanceof Boolean)) {
                    byReader.computeIfAbsent(List.of(checks.get(n).type(), c.getFieldExtractor()), k -> new HashMap<>())
                            .computeIfAbsent(c.getField().getValue(), k -> new ArrayList<>()).add(n);
                    break; // one equality is enough to tell a check apart
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
     * its patterns and those alone under an {@code exists}, also in a nested {@code and}; and into {@code choices}
     * the {@code or}s of patterns it needs, alone or under an {@code exists} ({@code exists ( A or B )}): one of
     * their patterns for each. A {@code not}, an {@code eval}, an {@code accumulate}, an {@code or} of anything
     * but patterns need nothing that can be told here.
     */
    private static void needed(GroupElement lhs, List<Pattern> into, List<List<Pattern>> choices) {
        if (!lhs.isAnd()) {
            return;
        }
        for (RuleConditionElement e : lhs.getChildren()) {
            if (e instanceof Pattern p && usable(p)) {
                into.add(p);
            } else if (e instanceof GroupElement g) {
                RuleConditionElement alone = g.isExists() && g.getChildren().size() == 1 ? g.getChildren().get(0) : g;
                List<Pattern> choice = alone instanceof GroupElement or ? choice(or) : null;
                if (alone instanceof Pattern p) {
                    if (usable(p)) {
                        into.add(p);
                    }
                } else if (choice != null) {
                    choices.add(choice);
                } else if (g.isAnd()) {
                    needed(g, into, choices);
                }
            }
        }
    }

    /**
     * The patterns of an {@code or} ({@code A or exists B}), or of the {@code not ( not A and not B )} that Drools
     * makes of {@code exists ( A or B )}; null when {@code e} is neither, or one of the alternatives is anything but a
     * pattern (alone or under {@code exists}) told here: then the choice may be met by what this class does not
     * look at.
     */
    private static List<Pattern> choice(GroupElement e) {
        List<RuleConditionElement> alternatives = new ArrayList<>();
        if (e.isOr()) {
            alternatives.addAll(e.getChildren());
        } else if (e.isNot() && e.getChildren().size() == 1 && e.getChildren().get(0) instanceof GroupElement and
                && and.isAnd()) {
            for (RuleConditionElement n : and.getChildren()) {
                if (!(n instanceof GroupElement not && not.isNot() && not.getChildren().size() == 1)) {
                    return null;
                }
                alternatives.add(not.getChildren().get(0));
            }
        }
        List<Pattern> choice = new ArrayList<>();
        for (RuleConditionElement a : alternatives) {
            if (a instanceof GroupElement g && g.isExists() && g.getChildren().size() == 1) {
                a = g.getChildren().get(0);
            }
            if (!(a instanceof Pattern p) || !usable(p)) {
                return null;
            }
            choice.add(p);
        }
        return choice.isEmpty() ? null : choice;
    }

    /**
     * Every pattern under {@code e}, depth first: nested ones ({@code not}, {@code exists}, {@code or}, the
     * patterns an {@code accumulate} reads) included.
     */
    static void collect(RuleConditionElement e, List<Pattern> into) {
        if (e instanceof Pattern p) {
            into.add(p);
        }
        for (RuleConditionElement nested : e.getNestedElements()) {
            collect(nested, into);
        }
    }

    /** A pattern matched by inserted facts of a Java class, which this class can look for among a post's facts. */
    private static boolean usable(Pattern p) {
        return p.getSource() == null && p.getXpathConstraint() == null
                && p.getObjectType() instanceof ClassObjectType c && c.getClassType() != null
                // the engine's own initial fact is in every session: a pattern it can match needs nothing
                && !c.getClassType().isAssignableFrom(InitialFactImpl.class);
    }

    /** Whether the engine must run: some rule that reports findings can fire on {@code facts}. */
    boolean any(List<Object> facts, ValueResolver resolver) {
        return look(facts, resolver) != null;
    }

    /** The indexes into {@link #types} of the types a fact of class {@code c} is an instance of. */
    private int[] typesOf(Class<?> c) {
        Object[] known = typesByClass;
        for (int k = 0; k < known.length; k += 2) {
            if (known[k] == c) {
                return (int[]) known[k + 1];
            }
        }
        List<Integer> of = new ArrayList<>();
        for (int t = 0; t < types.length; t++) {
            if (types[t].isAssignableFrom(c)) {
                of.add(t);
            }
        }
        int[] found = of.stream().mapToInt(Integer::intValue).toArray();
        synchronized (this) {
            Object[] now = typesByClass;
            for (int k = 0; k < now.length; k += 2) {
                if (now[k] == c) {
                    return (int[]) now[k + 1];
                }
            }
            Object[] more = Arrays.copyOf(now, now.length + 2);
            more[now.length] = c;
            more[now.length + 1] = found;
            typesByClass = more;
        }
        return found;
    }

    /**
     * The facts of {@code facts} to insert into a session, in their order: those that can make a difference to a
     * rule that can fire; null when no rule that reports findings can fire (the post has no findings).
     */
    List<Object> look(List<Object> facts, ValueResolver resolver) {
        int size = facts.size();
        int[][] factTypes = new int[size][];
        // the post's facts by the classes the checks name, as indexes into facts
        int[][] byType = new int[types.length][];
        int[] counts = new int[types.length];
        for (int i = 0; i < size; i++) {
            Object fact = facts.get(i);
            int[] of = typesOf(fact.getClass());
            factTypes[i] = of;
            for (int t : of) {
                if (byType[t] == null) {
                    byType[t] = new int[4];
                } else if (counts[t] == byType[t].length) {
                    byType[t] = Arrays.copyOf(byType[t], counts[t] * 2);
                }
                byType[t][counts[t]++] = i;
            }
        }
        byte[] state = new byte[needs.length]; // 0: not looked at, 1: matched, 2: not matched
        for (int n : needsWithEquality) { // matched only by a fact with its value
            state[n] = NOT_MATCHED;
        }
        // per need with an equality, the facts with its value (indexes into facts, in order): only they can match
        // it, so it is looked for among them, not among every fact of its class (546 words of a long post)
        int[][] withValue = null;
        int[] withValueCount = null;
        for (Field field : needFields) {
            for (int k = 0; k < counts[field.type]; k++) {
                int i = byType[field.type][k];
                Object value;
                try {
                    value = field.reader.getValue(resolver, facts.get(i));
                } catch (RuntimeException | LinkageError e) {
                    return facts; // the engine reports it
                }
                int[] ns = value == null ? null : field.checksByValue.get(value);
                if (ns != null) {
                    if (withValue == null) {
                        withValue = new int[needs.length][];
                        withValueCount = new int[needs.length];
                    }
                    for (int n : ns) {
                        state[n] = 0; // to be looked at
                        int[] at = withValue[n];
                        if (at == null) {
                            at = new int[4];
                            withValue[n] = at;
                        } else if (withValueCount[n] == at.length) {
                            at = Arrays.copyOf(at, at.length * 2);
                            withValue[n] = at;
                        }
                        at[withValueCount[n]++] = i;
                    }
                }
            }
        }
        boolean anyMet = withValue != null; // a need with an equality met by a fact's value
        // one handle for the constraints, pointed at each fact in turn
        FactHandle handle = size == 0 ? null : handle(facts.get(0));
        Facts look = new Facts(facts, resolver, handle, byType, counts, state, withValue, withValueCount);
        if (mode == Mode.REPORTING) {
            // first the rules that report: when none has what it needs on the facts (most posts), neither marks
            // nor the classification rules' needs can change the answer, and the latter are not looked at
            // a rule with needs with an equality only when the values met them all (few posts), then the others;
            // the values' needs are counted before any rule is asked, as asking one looks at needs (state changes)
            boolean maybe = false;
            if (anyMet) {
                int[] reached = new int[ruleNeeds.length];
                for (int n : needsWithEquality) {
                    if (state[n] == 0) {
                        for (int r : reportingByEqualityNeed[n]) {
                            reached[r]++;
                        }
                    }
                }
                for (int r = 0; r < ruleNeeds.length && !maybe; r++) {
                    maybe = reached[r] > 0 && reached[r] == equalityNeedsOf[r]
                            && live(r, look);
                }
            }
            for (int k = 0; k < reportingWithoutEquality.length && !maybe; k++) {
                maybe = live(reportingWithoutEquality[k], look);
            }
            if (!maybe) {
                return null;
            }
        }
        boolean[] live = new boolean[ruleNeeds.length];
        for (int r = 0; r < ruleNeeds.length; r++) {
            live[r] = live(r, look);
        }
        if (producers.length > 0) {
            withMarks(live, state);
        }
        boolean any = false;
        for (int r = 0; r < ruleNeeds.length; r++) {
            any |= live[r] && (mode == Mode.REPORTING ? reporting[r] : !needsInserted[r]);
        }
        if (!any) {
            return null;
        }
        if (watches == null) {
            return facts;
        }
        List<Object> kept = new ArrayList<>(size);
        Joins joins = new Joins(look);
        for (int i = 0; i < size; i++) {
            if (factTypes[i].length > 0 && watched(facts.get(i), pointed(handle, facts.get(i)), factTypes[i], live,
                    joins)) {
                kept.add(facts.get(i));
            }
        }
        return kept;
    }

    /**
     * Leaves live only the rules whose marks can be there: a mark is there only if a rule that may insert it can
     * fire, which needs its own marks to be there first. {@code live} comes in with every rule whose needs on the
     * engine's facts are matched (and whose choices are met by a fact or may be by a mark) and goes out with the
     * least set closed under that. {@code state} says which needs are matched.
     */
    private void withMarks(boolean[] live, byte[] state) {
        boolean[] matched = live.clone();
        boolean[] onMarks = new boolean[live.length];
        for (int r = 0; r < live.length; r++) {
            onMarks[r] = ruleMarks[r].length > 0 || !choicesMet(r, state, null);
            if (onMarks[r]) {
                live[r] = false;
            }
        }
        boolean[] there = new boolean[producers.length];
        for (boolean changed = true; changed;) {
            changed = false;
            for (int m = 0; m < producers.length; m++) {
                for (int k = 0; !there[m] && k < producers[m].length; k++) {
                    there[m] = live[producers[m][k]];
                    changed |= there[m];
                }
            }
            for (int r = 0; r < live.length; r++) {
                if (!live[r] && matched[r] && onMarks[r] && allThere(ruleMarks[r], there)
                        && choicesMet(r, state, there)) {
                    live[r] = true;
                    changed = true;
                }
            }
        }
    }

    /**
     * Whether each choice of rule {@code r} is met: by a matched need, or by a mark in {@code there} (null: by no
     * mark). The needs of a choice of a live rule have been looked at ({@link #live}).
     */
    private boolean choicesMet(int r, byte[] state, boolean[] there) {
        int[][] choiceNeeds = ruleChoiceNeeds[r];
        for (int c = 0; c < choiceNeeds.length; c++) {
            boolean met = false;
            for (int k = 0; !met && k < choiceNeeds[c].length; k++) {
                met = state[choiceNeeds[c][k]] == MATCHED;
            }
            for (int k = 0; !met && there != null && k < ruleChoiceMarks[r][c].length; k++) {
                met = there[ruleChoiceMarks[r][c][k]];
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    private static boolean allThere(int[] marks, boolean[] there) {
        for (int m : marks) {
            if (!there[m]) {
                return false;
            }
        }
        return true;
    }

    private static final byte MATCHED = 1;
    private static final byte NOT_MATCHED = 2;

    /**
     * Whether every need of rule {@code r} is matched, and each of its choices is met by a matched need or has a
     * mark that may meet it.
     */
    private boolean live(int r, Facts look) {
        int[] rule = ruleNeeds[r];
        for (int n : rule) { // first the needs told without evaluating a constraint
            if (look.state[n] == NOT_MATCHED || look.counts[needs[n].type] == 0) {
                return false;
            }
        }
        for (int n : rule) {
            if (!matched(n, look)) {
                return false;
            }
        }
        int[][] choiceNeeds = ruleChoiceNeeds[r];
        for (int c = 0; c < choiceNeeds.length; c++) {
            boolean met = ruleChoiceMarks[r][c].length > 0; // for now: withMarks decides
            for (int k = 0; k < choiceNeeds[c].length; k++) {
                if (matched(choiceNeeds[c][k], look)) {
                    met = true;
                    break;
                }
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /**
     * A post's facts as {@link #look} sees them: by class ({@code byType}, {@code counts}), the handle constraints
     * are evaluated through ({@link #pointed} at each fact in turn; null for no facts), and per need with an
     * equality the facts that have its value ({@code withValue}; null when no fact has the value of any);
     * {@code state}: per need, 0 not looked at, {@link #MATCHED} or {@link #NOT_MATCHED}.
     */
    private record Facts(List<Object> facts, ValueResolver resolver, FactHandle handle, int[][] byType,
            int[] counts, byte[] state, int[][] withValue, int[] withValueCount) {
    }

    /** Whether need {@code n} is matched by one of the facts, looked at once a post. */
    private boolean matched(int n, Facts look) {
        byte[] state = look.state;
        if (state[n] == 0) {
            state[n] = NOT_MATCHED;
            Check need = needs[n];
            // a need with an equality: among the facts with its value; else among every fact of its class
            int[] among = look.withValue == null ? null : look.withValue[n];
            int count = among != null ? look.withValueCount[n] : look.counts[need.type];
            if (among == null) {
                among = look.byType[need.type];
            }
            for (int k = 0; k < count; k++) {
                if (passes(need.alphas, pointed(look.handle, look.facts.get(among[k])), look.resolver)) {
                    state[n] = MATCHED;
                    break;
                }
            }
        }
        return state[n] == MATCHED;
    }

    /** Whether a fact of some class a pattern names passes the alpha constraints of some pattern of a live rule. */
    private boolean watched(Object fact, FactHandle handle, int[] factTypes, boolean[] live, Joins joins) {
        ValueResolver resolver = joins.look.resolver();
        for (int t : factTypes) {
            for (Field field : watchFields[t]) {
                Object value;
                try {
                    value = field.reader.getValue(resolver, fact);
                } catch (RuntimeException | LinkageError e) {
                    return true; // the engine reports it
                }
                int[] ws = value == null ? null : field.checksByValue.get(value);
                if (ws != null && anyPasses(ws, fact, handle, live, joins)) {
                    return true;
                }
            }
            if (anyPasses(otherWatches[t], fact, handle, live, joins)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyPasses(int[] ws, Object fact, FactHandle handle, boolean[] live, Joins joins) {
        for (int w : ws) {
            if (live[watchRule[w]] && passes(watches[w].alphas, handle, joins.look.resolver())
                    && joins.all(watchJoins[w], fact)) {
                return true;
            }
        }
        return false;
    }

    /** The values a {@link Join}'s pattern has among a post's facts, and their classes. */
    private record Values(Set<Object> found, Set<Class<?>> classes) {
    }

    /** The values each {@link Join} of a look finds among the facts, worked out when first asked. */
    private final class Joins {
        final Facts look;
        /** Per join, its values; null for a join whose values could not all be read. Made when first asked. */
        private Map<Join, Values> values;
        /** A handle of its own: the look's is pointed at the fact being watched. */
        private FactHandle handle;

        Joins(Facts look) {
            this.look = look;
        }

        /** Whether {@code fact} has a value each of {@code joins} finds. */
        boolean all(Join[] joins, Object fact) {
            for (Join join : joins) {
                if (!finds(join, fact)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a fact of the join's pattern has {@code fact}'s value; yes when it cannot be told (a value that
         * fails to read, a value of another class than theirs: the engine's own equality may still hold).
         */
        private boolean finds(Join join, Object fact) {
            Values known;
            Object value;
            try {
                known = values(join);
                value = join.left().apply(fact);
            } catch (RuntimeException | LinkageError e) {
                return true; // the engine reports it
            }
            if (known == null || value == null) {
                return true;
            }
            Set<Class<?>> classes = known.classes();
            return known.found().contains(value) || classes.size() > 1
                    || !classes.isEmpty() && !classes.contains(value.getClass());
        }

        /** The join's values, or null when one could not be read. */
        private Values values(Join join) {
            if (values == null) {
                values = new IdentityHashMap<>();
            }
            if (values.containsKey(join)) {
                return values.get(join);
            }
            Values result = new Values(new HashSet<>(), new HashSet<>());
            Check with = join.with();
            int[] of = look.byType()[with.type];
            for (int k = 0; k < look.counts()[with.type]; k++) {
                Object other = look.facts().get(of[k]);
                if (handle == null) {
                    handle = handle(other);
                }
                if (!passes(with.alphas, pointed(handle, other), look.resolver())) {
                    continue;
                }
                Object v = join.right().apply(join.declaration().getValue(look.resolver(), other));
                if (v == null) {
                    result = null; // a null the engine may compare: not told here
                    break;
                }
                result.found().add(v);
                result.classes().add(v.getClass());
            }
            values.put(join, result);
            return result;
        }
    }

    private static boolean passes(AlphaNodeFieldConstraint[] alphas, FactHandle handle, ValueResolver resolver) {
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
