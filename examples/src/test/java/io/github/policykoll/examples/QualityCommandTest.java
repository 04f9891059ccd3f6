package io.github.policykoll.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quality}: the table of docs/QUALITY.md. */
class QualityCommandTest {
    @TempDir
    Path dir;

    @Test
    void quality_countsCorpusAlarmsAndHeldOutResults() throws Exception {
        Path corpus = dir.resolve("korpus.jsonl");
        Files.write(corpus, List.of("{\"id\":\"a\",\"text\":\"Bra möte i Kista i kväll.\"}",
                "{\"id\":\"b\",\"text\":\"Du är en idiot.\"}"), StandardCharsets.UTF_8);
        Path heldOut = dir.resolve("held.jsonl");
        Files.write(heldOut, List.of("{\"id\":\"h1\",\"text\":\"Du är en idiot.\",\"expect\":\"SM-2.2\"}",
                "{\"id\":\"h2\",\"text\":\"Ryktet går att han slutar.\",\"expect\":\"SM-2.2\"}",
                "{\"id\":\"h3\",\"text\":\"Välkommen på möte.\",\"expect\":null}"), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("quality", "--corpus", corpus.toString(), "--held-out", heldOut.toString());
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).anySatisfy(l -> assertThat(l).startsWith("| SM-2.2 |").endsWith("| 1 / 2 | 0 / 2 |"));
        assertThat(r.out()).contains("| SM-2.2 | 2 | 1 | 50 % | 0 / 1 |", "| **all** | 2 | 1 | 50 % | 0 / 1 (0.0 %) |",
                "- missed h2 SM-2.2 (got [SM-2.1])");
    }

    @Test
    void quality_withAdvise_countsAdviceOnTheHeldOutSet() throws Exception {
        Path heldOut = dir.resolve("held.jsonl");
        Files.write(heldOut, List.of(
                "{\"id\":\"r1\",\"text\":\"Läs DN:s granskning av vårdköerna.\",\"expect\":\"SM-5.2\"}",
                "{\"id\":\"r2\",\"text\":\"Välkommen på möte i Kista.\",\"expect\":\"SM-5.2\"}",
                "{\"id\":\"r3\",\"text\":\"Välkommen på möte.\",\"expect\":null}"), StandardCharsets.UTF_8);
        CliRun counted = CliRun.of("quality", "--held-out", heldOut.toString(), "--advise");
        assertThat(counted.status()).isEqualTo(0);
        assertThat(counted.out()).contains("| SM-5.2 | 2 | 1 | 50 % | 0 / 1 |", "- missed r2 SM-5.2");
        // without --advise the same advice is no catch
        CliRun plain = CliRun.of("quality", "--held-out", heldOut.toString());
        assertThat(plain.out()).contains("| SM-5.2 | 2 | 0 | 0 % | 0 / 1 |");
    }

    @Test
    void quality_advise_withoutHeldOutSet_isAClearError() {
        CliRun r = CliRun.of("quality", "--advise");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--advise", "--held-out");
    }
}
