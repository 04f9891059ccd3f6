package io.github.policykoll.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Severity;
import io.github.policykoll.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ordinary political posts must come through without a warn or block: a checker that cries wolf is
 * switched off. The corpus is korpus/vanliga-inlagg.jsonl (one post per line, contract JSON).
 */
class CorpusTest {
    private static final int MIN_POSTS = 200;

    @Test
    void corpus_hasNoWarnOrBlockFindings() throws Exception {
        List<String> lines;
        try (InputStream in = CorpusTest.class.getResourceAsStream("/korpus/vanliga-inlagg.jsonl")) {
            assertThat(in).as("korpus/vanliga-inlagg.jsonl").isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> alarms = new ArrayList<>();
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            for (String line : lines) {
                Evaluation e = engine.evaluate(PolicyJson.readPost(line));
                for (Finding f : e.findings()) {
                    if (f.severity() != Severity.ADVISE) {
                        alarms.add(e.postId() + " " + f.ruleId() + " " + f.spans());
                    }
                }
            }
        }
        assertThat(lines).hasSizeGreaterThanOrEqualTo(MIN_POSTS);
        assertThat(alarms).as("warn or block findings on ordinary posts").isEmpty();
    }
}
