package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Guideline;
import io.github.policykoll.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuidelineCatalogueTest {
    @Test
    void readsTheRowsOfTheTableAndNothingElse() {
        List<Guideline> g = GuidelineCatalogue.parse("""
                # A policy

                | ID | title | asks | level |
                |----|-------|------|-------|
                | SM-1.7 | Personuppgifter (derived from SM-1.4 and SM-1.6) | no personal data | block |
                | EX-2 | Stay open | keep comments on | advise/warn |
                | not an id | x | y | block |
                Prose that mentions | SM-9.9 | is not a row.
                """);
        assertThat(g).extracting(Guideline::id).containsExactly("SM-1.7", "EX-2");
        assertThat(g.get(0).title()).isEqualTo("Personuppgifter"); // the catalogue's note is not the policy's words
        assertThat(g.get(0).summary()).isEqualTo("no personal data");
        assertThat(g.get(0).levels()).containsExactly(Severity.BLOCK);
        assertThat(g.get(1).levels()).containsExactly(Severity.ADVISE, Severity.WARN);
    }

    @Test
    void noTableNoGuidelines() {
        assertThat(GuidelineCatalogue.parse("just prose\n")).isEmpty();
    }
}
