package io.github.policykoll.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.Guideline;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.RulePackException;
import io.github.policykoll.Severity;
import io.github.policykoll.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any organisation's policy as a rule pack: a small English policy of three guidelines of its own
 * (src/test/resources/en-pack: rules/ with a word list, policy/guidelines.md) loaded and evaluated beside rules-sv.
 */
class SecondPackTest {
    static final Path EN_PACK = Path.of("src/test/resources/en-pack");

    @Test
    void twoPoliciesSideBySide() {
        try (PolicyEngine sv = PolicyEngine.builder().build();
                PolicyEngine en = PolicyEngine.builder().rulesDirectory(EN_PACK.resolve("rules")).build()) {
            assertThat(en.guidelines()).extracting(Guideline::id).containsExactly("EX-1", "EX-2", "EX-3");
            assertThat(en.guidelines().get(0).title()).isEqualTo("Be respectful");
            assertThat(en.guidelines().get(2).levels()).containsExactly(Severity.ADVISE);
            assertThat(sv.guidelines()).hasSize(23);
            assertThat(sv.guidelines()).extracting(Guideline::id).contains("SM-1.8", "SM-2.2", "SM-6.1");

            Evaluation english = en.evaluate(Post.of("You are an idiot, write to anna.berg@example.org"));
            assertThat(english.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(english.findings()).extracting(Finding::guideline).containsExactly("EX-1", "EX-2");
            assertThat(english.findings()).extracting(Finding::guidelineTitle)
                    .containsExactly("Be respectful", "Keep personal data out");
            assertThat(english.findings().get(0).spans().get(0).text()).isEqualTo("idiot");

            Evaluation swedish = sv.evaluate(Post.of("Du är en idiot."));
            assertThat(swedish.findings()).extracting(Finding::guideline).containsExactly("SM-2.2");
            assertThat(swedish.findings().get(0).guidelineTitle()).isEqualTo("Medverka inte i personangrepp");
            // neither pack's guidelines leak into the other
            assertThat(en.evaluate(Post.of("Du är en idiot.")).findings()).extracting(Finding::guideline)
                    .containsOnly("EX-1");
            assertThat(en.rules()).extracting(r -> r.guideline()).allMatch(g -> g.startsWith("EX-"));
        }
    }

    @Test
    void itsOwnExamplesPass() {
        CliRun r = CliRun.of("rules", "test", EN_PACK.resolve("rules").toString());
        assertThat(r.status()).as(r.err() + r.out()).isZero();
        assertThat(String.join("\n", r.out())).contains("3 regler");
    }

    @Test
    void aGuidelineThePolicyDoesNotHaveFailsWithFileAndLine(@TempDir Path dir) throws Exception {
        TestFiles.copyTree(EN_PACK, dir);
        Path drl = dir.resolve("rules/policy.drl");
        Files.writeString(drl, Files.readString(drl).replace("@guideline(\"EX-2\")", "@guideline(\"EX-9\")"));
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir.resolve("rules")).build())
                .isInstanceOfSatisfying(RulePackException.class, e -> {
                    List<RulePackException.Problem> problems = e.problems();
                    assertThat(problems).hasSize(1);
                    assertThat(problems.get(0).file()).isEqualTo("policy.drl");
                    assertThat(problems.get(0).line()).isEqualTo(19);
                    assertThat(problems.get(0).message()).contains("EX-9");
                });
    }
}
