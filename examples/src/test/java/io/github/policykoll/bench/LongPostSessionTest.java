package io.github.policykoll.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Evaluation;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.json.PolicyJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A long post gets the answer a fresh engine gives, however often and after whatever it is evaluated. An emptied
 * and reused Drools session once gave this 100,000-character stretch of the real texts (the news texts run
 * together from character 138,000, as the speed work's long posts are cut) a finding more on its second
 * evaluation than on its first; sessions that held many facts are now thrown away instead.
 */
class LongPostSessionTest {

    @Test
    void aLongPostGetsTheSameAnswerAgain_andTheAnswerOfAFreshEngine() {
        Post post = Post.of(RealTextBenchmark.runTogether(138_000, 99_990));
        Post before = Post.of(RealTextBenchmark.runTogether(137_000, 99_990));
        String fresh;
        try (PolicyEngine engine = PolicyEngine.builder().maxTextLength(200_000).build()) {
            fresh = PolicyJson.write(engine.evaluate(post));
        }
        try (PolicyEngine engine = PolicyEngine.builder().maxTextLength(200_000).build()) {
            Evaluation first = engine.evaluate(post);
            assertThat(PolicyJson.write(first)).isEqualTo(fresh);
            assertThat(first.findings()).isNotEmpty();
            assertThat(PolicyJson.write(engine.evaluate(post))).as("the same post again").isEqualTo(fresh);
            engine.evaluate(before);
            assertThat(PolicyJson.write(engine.evaluate(post))).as("after another long post").isEqualTo(fresh);
            engine.evaluate("Du är en idiot.");
            assertThat(PolicyJson.write(engine.evaluate(post))).as("after a short post").isEqualTo(fresh);
        }
    }

    @Test
    void everyRealTextGetsTheSameAnswerAgain_afterAnotherPostInItsSession() {
        List<Post> texts = RealTextBenchmark.readPosts();
        int differing = 0;
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            for (Post post : texts) {
                String first = PolicyJson.write(engine.evaluate(post));
                engine.evaluate("Kommunalrådet är en idiot och ni sossar ljuger om allt. Vad tycker du?");
                differing += PolicyJson.write(engine.evaluate(post)).equals(first) ? 0 : 1;
            }
        }
        assertThat(texts).hasSizeGreaterThan(5_000);
        assertThat(differing).isZero();
    }
}
