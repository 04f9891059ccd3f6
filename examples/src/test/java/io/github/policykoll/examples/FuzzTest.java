package io.github.policykoll.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.PostTooLongException;
import io.github.policykoll.Span;
import io.github.policykoll.json.InvalidPostException;
import io.github.policykoll.json.PolicyJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Jazzer fuzz tests. In a normal test run (CI) each runs in regression mode over its committed inputs in
 * {@code src/test/resources/io/github/policykoll/examples/FuzzTestInputs/<method>/} (seconds). To fuzz for
 * real, for the time {@code maxDuration} gives, from the repository root:
 *
 * <pre>JAZZER_FUZZ=1 mvn -B -pl examples test -Dtest=FuzzTest#evaluate</pre>
 *
 * A crash is written as a new input into that folder: commit it, and it stays a regression test.
 * Invariants: no exception but the documented ones, every span inside the text, equal to its text and not
 * splitting a surrogate pair.
 */
class FuzzTest {
    private static PolicyEngine engine;

    @BeforeAll
    static void setUp() {
        engine = PolicyEngine.builder().maxTextLength(20_000).build();
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    void readPost(FuzzedDataProvider data) {
        String json = data.consumeRemainingAsString();
        try {
            PolicyJson.readPost(json);
        } catch (InvalidPostException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception", "Cannot invoke");
        }
    }

    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    void evaluate(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Evaluation e;
        try {
            e = engine.evaluate(text);
        } catch (PostTooLongException tooLong) {
            return;
        }
        for (Finding f : e.findings()) {
            for (Span s : f.spans()) {
                assertThat(s.start()).isBetween(0, s.end());
                assertThat(s.end()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
                assertThat(splitsPair(text, s.start()) || splitsPair(text, s.end())).as("splits a pair").isFalse();
            }
        }
    }

    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    void evaluateJson(FuzzedDataProvider data) {
        String json = data.consumeRemainingAsString();
        try {
            Evaluation e = engine.evaluate(PolicyJson.readPost(json));
            assertThat(PolicyJson.write(e)).startsWith("{");
        } catch (InvalidPostException | PostTooLongException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static boolean splitsPair(String t, int at) {
        return at > 0 && at < t.length() && Character.isHighSurrogate(t.charAt(at - 1))
                && Character.isLowSurrogate(t.charAt(at));
    }
}
