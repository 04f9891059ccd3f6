package io.github.policykoll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTest {
    @Test
    void verdict_isTheMostSevereFinding() {
        Finding advise = new Finding("a", "SM-4.4", Severity.ADVISE, "m", null, List.of());
        Finding block = new Finding("b", "SM-2.2", Severity.BLOCK, "m", "", List.of());
        assertThat(Verdict.of(List.of())).isEqualTo(Verdict.PASS);
        assertThat(Verdict.of(List.of(advise, block))).isEqualTo(Verdict.BLOCK);
        assertThat(Verdict.WARN.atLeast(Severity.WARN)).isTrue();
        assertThat(Verdict.ADVISE.atLeast(Severity.WARN)).isFalse();
        assertThat(advise.suggestion()).isEmpty();
    }

    @Test
    void span_mustMatchItsText() {
        assertThat(Span.of("Du är en idiot", 9, 14)).isEqualTo(new Span(9, 14, "idiot"));
        assertThatThrownBy(() -> new Span(5, 3, "")).hasMessage("span must have 0 <= start <= end, not 5..3");
        assertThatThrownBy(() -> new Span(0, 3, "ab")).hasMessage("span text 'ab' does not have length 3");
    }

    @Test
    void severity_parsesContractNames() {
        assertThat(Severity.parse("Block")).isEqualTo(Severity.BLOCK);
        assertThatThrownBy(() -> Severity.parse("fatal"))
                .hasMessage("severity must be one of advise, warn, block, not 'fatal'");
    }

    @Test
    void post_copiesItsListsAndRequiresText() {
        Post p = Post.builder("x").addLink("https://a.se").build();
        assertThatThrownBy(() -> p.links().add("y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Post.of(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }
}
