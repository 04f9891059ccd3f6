package io.github.policykoll.internal;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.Guideline;
import io.github.policykoll.Post;
import io.github.policykoll.RuleInfo;
import io.github.policykoll.RulePack;
import io.github.policykoll.RulePackException;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.Severity;
import io.github.policykoll.Span;
import io.github.policykoll.Verdict;
import io.github.policykoll.facts.Hit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.drools.base.base.ValueResolver;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule pack with its word lists, ready to evaluate posts. Immutable and thread-safe: an evaluation
 * that needs the rule engine gets a session of its own, and findings come back as inserted {@link Hit} facts.
 *
 * <p>A session that had facts in it is thrown away after the evaluation, never emptied and reused: an emptied
 * Drools session gave later evaluations other findings than a fresh one (the same short post a finding more on its
 * second evaluation, {@code EngineTest}). Most posts never need a session ({@link PossibleFirings}): the look
 * evaluates the rules' constraints with one session that never gets a fact ({@link #lookSession}), shared by
 * every thread.
 */
public final class LoadedPack {
    /**
     * A consequence that keeps triggering itself is stopped rather than hanging the caller: at most this
     * many firings per fact (and at least {@link #MIN_FIRINGS}); real rule packs fire a few per fact.
     */
    static final int MAX_FIRINGS_PER_FACT = 50;
    static final int MIN_FIRINGS = 10_000;
    /** One rule may fire this often on any post, or {@link #MAX_FIRINGS_PER_FACT} per fact when more. */
    static final int MIN_FIRINGS_PER_RULE = 1_000;
    /** A post's findings: the session's store looks at the facts of this class only, not at every fact. */
    private static final ClassObjectFilter HITS = new ClassObjectFilter(Hit.class);

    private final RulePack info;
    private final KieBase kieBase;
    private final PossibleFirings possible;
    /**
     * The session the look ({@link PossibleFirings#look}) evaluates the rules' constraints with (they may read
     * the rules' globals through it). It never gets a fact and is only read, so every thread shares it; it goes
     * with the KieBase when the pack is no longer used (evaluations still running on a replaced pack use it), so a
     * pack holds nothing to close.
     */
    private final KieSession lookSession;
    private final TextAnalyzer analyzer;
    private final List<RuleInfo> rules;
    private final Map<String, String> ruleFiles;
    private final Map<String, String> examplesExcuses = new HashMap<>();
    private final Map<Rule, FiringRule> firing = new ConcurrentHashMap<>();
    private final Listener listener = new Listener();
    private final List<Guideline> guidelines;
    private final Map<String, String> titles;

    /**
     * @param files where each rule was read from ({@code file:line}), by rule name; may be empty
     * @throws RulePackException when a rule's metadata is missing or wrong
     */
    public LoadedPack(RulePack info, KieBase kieBase, List<WordList> wordLists, Map<String, String> files) {
        this(info, kieBase, CompletableFuture.completedFuture(new TextAnalyzer(wordLists)), files, List.of());
    }

    /**
     * As above, with the text analyser built elsewhere (see {@link #analyzerInBackground}): expanding the
     * word lists and building the rules' KieBase are the two slow steps of loading a pack, and they do not
     * depend on each other.
     */
    LoadedPack(RulePack info, KieBase kieBase, CompletableFuture<TextAnalyzer> analyzer, Map<String, String> files,
            List<Guideline> guidelines) {
        this.info = info;
        this.ruleFiles = Map.copyOf(files);
        this.guidelines = List.copyOf(guidelines);
        Map<String, String> titles = new HashMap<>();
        guidelines.forEach(g -> titles.put(g.id(), g.title()));
        this.titles = Map.copyOf(titles);
        this.rules = readRules(kieBase, files);
        this.kieBase = kieBase;
        this.possible = PossibleFirings.of(kieBase);
        checkMarks(kieBase, files);
        this.lookSession = kieBase.newKieSession();
        try {
            this.analyzer = analyzer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Starts building the text analyser for {@code wordLists} on a thread of its own, so that it runs while the
     * caller builds the KieBase. The compound dictionary is not read here: about one real post in ten asks it, on
     * its first possible compound (see {@link SwedishLexicon}), and reading it ahead took processor time from the
     * KieBase and the first evaluation ({@code check --text} on an ordinary post: 1.07 s instead of 1.17 s wall;
     * docs/PERFORMANCE.md, twentieth session).
     */
    static CompletableFuture<TextAnalyzer> analyzerInBackground(List<WordList> wordLists) {
        return CompletableFuture.supplyAsync(() -> new TextAnalyzer(wordLists), task -> {
            Thread t = new Thread(task, "policykoll-word-lists");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * Why the rule called {@code name} has fewer examples than the guide asks for, from its
     * {@code @examples("...")} metadata (e.g. "metadata": it only looks at the post's metadata); empty when
     * it gives no reason.
     */
    public String examplesExcuse(String name) {
        return examplesExcuses.getOrDefault(name, "");
    }

    public RulePack info() {
        return info;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * Evaluates one post. When {@link PossibleFirings} tells that no rule that reports findings can fire on the
     * post's facts (most posts), the answer is there without inserting them into a session; else only the facts
     * that can make a difference to a rule that can fire go in.
     */
    public Evaluation evaluate(Post post) {
        return evaluate(post, true, null);
    }

    /**
     * Whether evaluating {@code post} goes to the rule engine: false when no rule that reports findings can fire
     * on its facts, told beforehand by {@link PossibleFirings}.
     */
    public boolean goesToEngine(Post post) {
        return possible.any(analyzer.analyze(post), resolver(lookSession));
    }

    /**
     * Evaluates {@code post} with every fact of it in the session, even when {@link PossibleFirings} says that no
     * rule that reports findings can fire or that a fact makes no difference: tests check the look with it.
     */
    public Evaluation evaluateWithEveryFact(Post post) {
        return evaluate(post, false, null);
    }

    /**
     * How often the rules that report findings (not {@code @classification}) fire on {@code post}, run in the
     * engine with every fact even when {@link #goesToEngine} says none can: tests check that look-ahead with it.
     */
    public int reportingFiringsInEngine(Post post) {
        int[] fired = new int[1];
        evaluate(post, false, fired);
        return fired[0];
    }

    private static ValueResolver resolver(KieSession session) {
        return session instanceof ValueResolver r ? r : null;
    }

    private Evaluation evaluate(Post post, boolean lookFirst, int[] firedOut) {
        List<Object> all = analyzer.analyze(post);
        List<Object> facts = lookFirst ? possible.look(all, resolver(lookSession)) : all;
        if (facts == null) {
            return toEvaluation(post, List.of());
        }
        KieSession session = newSession();
        Collection<?> hits;
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            int limit = (int) Math.min(Integer.MAX_VALUE,
                    Math.max(MIN_FIRINGS, (long) all.size() * MAX_FIRINGS_PER_FACT));
            Firings firings = new Firings((int) Math.min(limit, Math.max(MIN_FIRINGS_PER_RULE,
                    (long) all.size() * MAX_FIRINGS_PER_FACT)));
            FIRINGS.set(firings);
            int fired;
            try {
                fired = session.fireAllRules(limit);
            } finally {
                FIRINGS.remove();
            }
            if (firings.looping != null || fired >= limit || firings.wrongMark != null
                    || firings.insertedEngineFact != null) {
                throw wrongFiring(firings, fired, limit, all.size());
            }
            if (firedOut != null) {
                firedOut[0] = firings.reporting();
            }
            // findings are facts that rules insert: when none fired, there is nothing to look for
            hits = fired == 0 ? List.of() : List.copyOf(session.getObjects(HITS));
        } finally {
            session.dispose(); // never reused once it had facts: see the class comment
        }
        return toEvaluation(post, hits);
    }

    /**
     * What went wrong while the rules ran ({@link Firings}): a rule that kept firing, or one that inserted what it
     * may not. Kept out of {@link #evaluate(Post, boolean, int[])}, which then stays small to compile: most runs
     * never come here.
     */
    private RuntimeException wrongFiring(Firings firings, int fired, int limit, int facts) {
        if (firings.looping != null) {
            String name = firings.looping.getName();
            return new RuleLoopException(name, RuleSource.of(ruleFiles.get(name), null), firings.limit);
        }
        if (fired >= limit) {
            return new IllegalStateException("the rules fired " + limit + " times on one post of " + facts
                    + " facts: a rule probably triggers itself again and again");
        }
        if (firings.wrongMark != null) {
            String name = firings.wrongMark.getName();
            String type = firings.wrongMarkClass.getSimpleName();
            Class<?>[] says = possible.marksOf(firings.wrongMark);
            return new IllegalStateException("regeln \"" + name + "\"" + where(name) + (says == null
                    ? " rapporterar fynd och kan inte lägga in en " + type + ": markeringar läggs in av "
                            + "hjälpregler märkta @classification"
                    : " lägger in en " + type + " men dess @classification(\"" + Arrays.stream(says)
                            .map(Class::getSimpleName).collect(Collectors.joining(", "))
                            + "\") nämner den inte: lägg till " + type + " där"));
        }
        String name = firings.insertedEngineFact.getName();
        return new IllegalStateException("regeln \"" + name + "\"" + where(name) + " lägger in en "
                + firings.insertedClass.getSimpleName() + ": regler lägger bara in Hit och egna markeringar "
                + "(declare); " + firings.insertedClass.getSimpleName() + " kommer från textanalysen");
    }

    /** A new session with the firing listener. */
    private KieSession newSession() {
        KieSession session = kieBase.newKieSession();
        session.addEventListener((AgendaEventListener) listener);
        session.addEventListener((RuleRuntimeEventListener) listener);
        return session;
    }

    /**
     * A total order, so that the same post always gives the same answer byte for byte: first span's start
     * and end, guideline, rule id, then the remaining spans.
     */
    static final Comparator<Finding> FINDING_ORDER = Comparator.<Finding>comparingInt(
                    f -> f.spans().isEmpty() ? Integer.MAX_VALUE : f.spans().get(0).start())
            .thenComparingInt(f -> f.spans().isEmpty() ? Integer.MAX_VALUE : f.spans().get(0).end())
            .thenComparing(Finding::guideline).thenComparing(Finding::ruleId)
            .thenComparing(Finding::spans, LoadedPack::compareSpans);

    /** The spans in order, position by position; a list that is a prefix of the other comes first. */
    private static final Comparator<Span> SPAN_ORDER = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);

    private static int compareSpans(List<Span> a, List<Span> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = SPAN_ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Two hits of one rule on the same words are one finding. */
    private record FindingKey(String ruleId, List<Span> spans) {
    }

    private Evaluation toEvaluation(Post post, Collection<?> hits) {
        if (hits.isEmpty()) { // most posts
            return new Evaluation(post.id(), Verdict.PASS, List.of(), info);
        }
        String text = post.text();
        Map<FindingKey, Finding> unique = new LinkedHashMap<>();
        for (Object o : hits) {
            Hit h = (Hit) o;
            List<Span> spans = new ArrayList<>();
            for (int[] s : h.getSpans()) {
                spans.add(Span.of(text, s[0], Math.min(s[1], text.length())));
            }
            String first = spans.isEmpty() ? "" : spans.get(0).text();
            Finding f = new Finding(h.getRuleId(), h.getGuideline(), Severity.parse(h.getSeverity()),
                    h.getMessage().replace("{ord}", first), h.getSuggestion().replace("{ord}", first), spans,
                    titles.getOrDefault(h.getGuideline(), ""));
            unique.putIfAbsent(new FindingKey(f.ruleId(), f.spans()), f);
        }
        List<Finding> findings = new ArrayList<>(unique.values());
        findings.sort(FINDING_ORDER);
        return new Evaluation(post.id(), Verdict.of(findings), findings, info);
    }

    /** The guidelines of the policy the pack encodes, from its catalogue; empty when it has none. */
    public List<Guideline> guidelines() {
        return guidelines;
    }

    private List<RuleInfo> readRules(KieBase kieBase, Map<String, String> files) {
        List<Problem> problems = new ArrayList<>();
        List<RuleInfo> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                RuleSource source = RuleSource.of(files.get(rule.getName()), pkg.getName());
                String file = source.file();
                int line = source.line();
                if (meta.containsKey(FiringRule.CLASSIFICATION)) {
                    continue;
                }
                FiringRule fr = FiringRule.of(rule.getName(), meta);
                if (meta.containsKey("examples")) {
                    examplesExcuses.put(rule.getName(), FiringRule.meta(meta, "examples", ""));
                }
                List<String> wrong = new ArrayList<>();
                for (String key : List.of("id", "guideline", "severity", "message")) {
                    if (!meta.containsKey(key) || FiringRule.meta(meta, key, "").isBlank()) {
                        wrong.add("@" + key + " saknas");
                    }
                }
                if (meta.containsKey("guideline") && !fr.guideline().isBlank()) {
                    if (!titles.isEmpty() && !titles.containsKey(fr.guideline())) {
                        String near = Spelling.nearest(fr.guideline(), titles.keySet());
                        wrong.add("@guideline " + fr.guideline() + " finns inte bland regelpaketets riktlinjer"
                                + (near == null ? "" : " (menar du " + near + "?)"));
                    } else if (!GuidelineCatalogue.ID.matcher(fr.guideline()).matches()) {
                        wrong.add("@guideline måste vara ett id ur riktlinjerna, t.ex. SM-2.2, inte '"
                                + fr.guideline() + "'");
                    }
                }
                Severity severity = Severity.ADVISE;
                try {
                    severity = Severity.parse(fr.severity());
                } catch (IllegalArgumentException e) {
                    if (meta.containsKey("severity")) {
                        wrong.add("@severity måste vara block, warn eller advise, inte '" + fr.severity() + "'");
                    }
                }
                String other = ids.putIfAbsent(fr.id(), rule.getName());
                if (other != null && meta.containsKey("id")) {
                    wrong.add("@id " + fr.id() + " används redan av regeln \"" + other + "\"");
                }
                if (!wrong.isEmpty()) {
                    problems.add(new Problem(file, line, "regeln \"" + rule.getName() + "\": " + String.join("; ", wrong)
                            + " (en regel som bara klassificerar, utan fynd, märks @classification)"));
                    continue;
                }
                out.add(new RuleInfo(fr.id(), rule.getName(), fr.guideline(), severity, fr.message(), file, line));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(DirectoryPacks.sorted(problems));
        }
        out.sort(Comparator.comparing(RuleInfo::id));
        return List.copyOf(out);
    }

    /**
     * Every name in a rule's {@code @classification("...")} must name a type of the pack, and every mark a rule
     * needs must be one some rule may insert.
     */
    private void checkMarks(KieBase kieBase, Map<String, String> files) {
        List<Problem> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                List<String> unknown = possible.unknownMarks(rule);
                RuleSource source = RuleSource.of(files.get(rule.getName()), pkg.getName());
                if (!unknown.isEmpty()) {
                    problems.add(new Problem(source.file(), source.line(), "regeln \"" + rule.getName()
                            + "\": @classification nämner " + String.join(", ", unknown) + ", som inte är "
                            + (unknown.size() == 1 ? "någon typ" : "typer") + " i regelpaketet (deklarera med declare, "
                            + "eller skriv bara @classification)"));
                }
                List<String> unmade = possible.unmadeMarks(rule);
                if (!unmade.isEmpty()) {
                    String marks = String.join(", ", unmade);
                    problems.add(new Problem(source.file(), source.line(), "regeln \"" + rule.getName() + "\" kräver "
                            + marks + ", men ingen regel lägger in " + (unmade.size() == 1 ? "den" : "dem")
                            + ": regeln kan aldrig slå till (en hjälpregel som lägger in " + marks
                            + " märks @classification(\"" + marks + "\"))"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(DirectoryPacks.sorted(problems));
        }
    }

    /** " (file:line)" of a rule when known. */
    private String where(String rule) {
        RuleSource source = RuleSource.of(ruleFiles.get(rule), null);
        return source.file() == null ? "" : " (" + source + ")";
    }

    /** How often each rule fired during one evaluation, and the first one past the limit. */
    private static final class Firings {
        final int limit;
        /** Firings per rule; made at the first firing (most posts fire no rule). */
        private Map<Rule, int[]> counts;
        Rule looping;
        /** A rule that inserted one of the engine's facts, which rules must not do, and what. */
        Rule insertedEngineFact;
        Class<?> insertedClass;
        /**
         * A rule that inserted a mark it may not: a rule that reports findings inserts only hits, and a classification
         * rule only the marks its {@code @classification("...")} names, if it names any (the look relies on it).
         */
        Rule wrongMark;
        Class<?> wrongMarkClass;

        /** The firings of the rules that report findings. */
        int reporting() {
            int n = 0;
            if (counts != null) {
                for (Map.Entry<Rule, int[]> e : counts.entrySet()) {
                    n += e.getKey().getMetaData().containsKey(FiringRule.CLASSIFICATION) ? 0 : e.getValue()[0];
                }
            }
            return n;
        }

        Firings(int limit) {
            this.limit = limit;
        }

        /** Counts one firing of {@code rule}; returns its firings so far. */
        int fired(Rule rule) {
            if (counts == null) {
                counts = new HashMap<>();
            }
            return ++counts.computeIfAbsent(rule, r -> new int[1])[0];
        }
    }

    /** Each evaluation's counts, on its thread: a session fires its rules on the calling thread. */
    private static final ThreadLocal<Firings> FIRINGS = new ThreadLocal<>();

    /**
     * Tells {@link FiringRule} which rule's consequence is running on this thread, counts the firings, and notes a
     * rule that inserts one of the engine's facts ({@link PossibleFirings} relies on rules inserting only hits and
     * their pack's own types).
     */
    private final class Listener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Rule rule = event.getRule();
            if (rule == null) {
                return;
            }
            Class<?> type = event.getObject().getClass();
            if (PossibleFirings.insertedByEngine(type)) {
                Firings f = FIRINGS.get();
                if (f != null && f.insertedEngineFact == null) {
                    f.insertedEngineFact = rule;
                    f.insertedClass = type;
                    ((KieSession) event.getKieRuntime()).halt();
                }
            } else if (!(event.getObject() instanceof Hit) && !mayInsert(rule, type)) {
                Firings f = FIRINGS.get();
                if (f != null && f.wrongMark == null) {
                    f.wrongMark = rule;
                    f.wrongMarkClass = type;
                    ((KieSession) event.getKieRuntime()).halt();
                }
            }
        }

        /** Whether {@code rule} may insert a mark of class {@code type} (see {@link Firings#wrongMark}). */
        private boolean mayInsert(Rule rule, Class<?> type) {
            if (!rule.getMetaData().containsKey(FiringRule.CLASSIFICATION)) {
                return false;
            }
            Class<?>[] says = possible.marksOf(rule);
            if (says == null) {
                return true;
            }
            for (Class<?> c : says) {
                if (c.isAssignableFrom(type)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            Firings f = FIRINGS.get();
            if (f != null && f.fired(rule) >= f.limit && f.looping == null) {
                f.looping = rule;
                ((KieSession) event.getKieRuntime()).halt();
            }
            FiringRule.enter(firing.computeIfAbsent(rule, r -> FiringRule.of(r.getName(), r.getMetaData())));
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            FiringRule.exit();
        }
    }
}
