package io.github.policykoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.RuleInfo;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.internal.ClasspathPacks;
import io.github.policykoll.internal.Examples;
import io.github.policykoll.internal.Examples.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of every rule in the .exempel files beside the .drl files. */
class RuleExamplesTest {
    private static final int MIN_EXAMPLES = 3;
    private static PolicyEngine engine;
    private static final List<Problem> PROBLEMS = new ArrayList<>();
    private static final List<Example> EXAMPLES = load();

    private static List<Example> load() {
        List<Example> out = new ArrayList<>();
        Map<String, String> files = ClasspathPacks.resources(RuleExamplesTest.class.getClassLoader(), "regler",
                ".exempel");
        files.forEach((file, content) -> out.addAll(Examples.parse(file, content.lines().toList(), PROBLEMS)));
        return out;
    }

    @BeforeAll
    static void start() {
        engine = PolicyEngine.builder().build();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static Stream<Arguments> examples() {
        return EXAMPLES.stream().map(e -> Arguments.of(
                e.where() + " " + (e.flagged() ? "flaggas" : "godkänns") + " " + e.ruleId(), e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_holds(String name, Example example) {
        String failure = Examples.check(example, engine.evaluate(example.post()));
        assertThat(failure).as(example.where() + " " + example.post().text()).isNull();
    }

    @Test
    void exampleFiles_parseWithoutProblems() {
        assertThat(EXAMPLES).isNotEmpty();
        assertThat(PROBLEMS).isEmpty();
    }

    @Test
    void everyRule_hasEnoughExamplesBothWays() {
        List<String> missing = new ArrayList<>();
        for (RuleInfo rule : engine.rules()) {
            long flagged = EXAMPLES.stream().filter(e -> e.ruleId().equals(rule.id()) && e.flagged()).count();
            long passed = EXAMPLES.stream().filter(e -> e.ruleId().equals(rule.id()) && !e.flagged()).count();
            if (flagged < MIN_EXAMPLES || passed < MIN_EXAMPLES) {
                missing.add(rule.id() + " (" + flagged + " flaggas, " + passed + " godkänns)");
            }
        }
        assertThat(missing).as("rules with fewer than " + MIN_EXAMPLES + " examples each way").isEmpty();
    }

    @Test
    void everyExample_namesAnExistingRule() {
        Set<String> ids = engine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<String> unknown = EXAMPLES.stream().filter(e -> !ids.contains(e.ruleId()))
                .map(e -> e.where() + " " + e.ruleId()).toList();
        assertThat(unknown).isEmpty();
    }
}
