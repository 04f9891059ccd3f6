package io.github.policykoll.internal;

import io.github.policykoll.RulePackException.Problem;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Checks compiled rules for the mistakes the DRL compiler lets through, reading the constraints Drools
 * compiled rather than the DRL text: a word list that does not exist ({@code list == "lognpres"}: the rule
 * can never fire), and a text compared with a yes/no or a number ({@code evasion == "ja"}: always false).
 * Each problem points at the line of the DRL file where the value is written.
 */
final class RuleChecks {
    private static final Pattern COMPARE = Pattern.compile("\\b([A-Za-z_]\\w*)\\s*(?:==|!=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LIST_IN = Pattern.compile("\\blist\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Fact types whose {@code list} names a word list. */
    private static final Set<String> LIST_FACTS = Set.of("io.github.policykoll.facts.Term",
            "io.github.policykoll.facts.ReplyTerm");

    private RuleChecks() {
    }

    /** The guideline ids of a policy ({@code | SM-2.2 | ...} table rows), and the file they were read from. */
    record Catalogue(String file, Set<String> ids) {
        /** The catalogue of {@code guidelines}, or null when there are none. */
        static Catalogue of(String file, List<io.github.policykoll.Guideline> guidelines) {
            Set<String> ids = new java.util.TreeSet<>();
            guidelines.forEach(g -> ids.add(g.id()));
            return ids.isEmpty() ? null : new Catalogue(file, Set.copyOf(ids));
        }
    }

    /**
     * @param ruleFiles where each rule starts ({@code file:line}), by rule name
     * @param sources   each DRL file's text, by file name
     * @param listNames every word list the pack has
     */
    static List<Problem> check(Collection<? extends KiePackage> packages, Map<String, String> ruleFiles,
            Map<String, String> sources, Set<String> listNames, Catalogue catalogue) {
        Set<Problem> out = new LinkedHashSet<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                if (!(rule instanceof RuleImpl impl)) {
                    continue;
                }
                RuleSource source = RuleSource.of(ruleFiles.get(rule.getName()), pkg.getName());
                String file = source.file();
                int ruleLine = source.line();
                String[] lines = sources.getOrDefault(file, "").split("\\R", -1);
                String guideline = FiringRule.meta(rule.getMetaData(), "guideline", "");
                if (catalogue != null && !guideline.isEmpty() && !catalogue.ids().contains(guideline)) {
                    String near = Spelling.nearest(guideline, catalogue.ids());
                    out.add(new Problem(file, lineOf(lines, ruleLine, null, guideline), AuthorMessages.of("guideline",
                            guideline, catalogue.file(), near == null ? "" : ": menar du \"" + near + "\"?")));
                }
                List<org.drools.base.rule.Pattern> patterns = new ArrayList<>();
                PossibleFirings.collect(impl.getLhs(), patterns);
                for (org.drools.base.rule.Pattern p : patterns) {
                    Class<?> type = p.getObjectType() instanceof ClassObjectType c ? c.getClassType() : null;
                    if (type == null) {
                        continue;
                    }
                    for (Constraint c : p.getConstraints()) {
                        if (c instanceof MVELConstraint m && m.getExpression() != null) {
                            check(m.getExpression(), type, listNames, file, lines, ruleLine, out);
                        }
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void check(String expression, Class<?> type, Set<String> listNames, String file, String[] lines,
            int ruleLine, Set<Problem> out) {
        boolean listFact = LIST_FACTS.contains(type.getName());
        Matcher m = COMPARE.matcher(expression);
        while (m.find()) {
            String field = m.group(1);
            String value = m.group(2);
            Class<?> fieldType = fieldType(type, field);
            if (fieldType == boolean.class || fieldType == Boolean.class) {
                out.add(new Problem(file, lineOf(lines, ruleLine, field, value),
                        AuthorMessages.of("yes-no", field, field, field, value)));
            } else if (fieldType != null && (fieldType.isPrimitive() || Number.class.isAssignableFrom(fieldType))) {
                out.add(new Problem(file, lineOf(lines, ruleLine, field, value), AuthorMessages.of("number", field, value)));
            } else if (listFact && field.equals("list") && !listNames.contains(value)) {
                out.add(unknownList(file, lineOf(lines, ruleLine, field, value), value, listNames));
            }
        }
        Matcher in = LIST_IN.matcher(expression);
        while (listFact && in.find()) {
            Matcher s = STRING.matcher(in.group(1));
            while (s.find()) {
                if (!listNames.contains(s.group(1))) {
                    out.add(unknownList(file, lineOf(lines, ruleLine, null, s.group(1)), s.group(1), listNames));
                }
            }
        }
    }

    private static Problem unknownList(String file, int line, String name, Set<String> listNames) {
        String near = Spelling.nearest(name, listNames);
        return new Problem(file, line, AuthorMessages.of("list", name,
                near == null ? ": skapa ordlistor/" + name + ".txt eller rätta namnet" : ": menar du \"" + near + "\"?"));
    }

    /** The type of {@code field} on {@code type} (its getter), or null when there is none. */
    private static Class<?> fieldType(Class<?> type, String field) {
        String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String name : List.of("get" + cap, "is" + cap, field)) {
            try {
                Method m = type.getMethod(name);
                return m.getReturnType();
            } catch (NoSuchMethodException e) {
                // try the next
            }
        }
        return null;
    }

    /** The first line from the rule's start on that writes {@code "value"} (after {@code field}), else the rule's. */
    private static int lineOf(String[] lines, int ruleLine, String field, String value) {
        // Drools may have rewritten the constraint ("list in (a, b)" becomes "list == a || list == b")
        for (String prefix : field == null ? List.of("") : List.of("\\b" + Pattern.quote(field) + "\\s*(?:==|!=)\\s*", "")) {
            Pattern p = Pattern.compile(prefix + Pattern.quote("\"" + value + "\""));
            for (int i = Math.max(0, ruleLine - 1); i < lines.length; i++) {
                if (p.matcher(lines[i]).find()) {
                    return i + 1;
                }
            }
        }
        return ruleLine;
    }
}
