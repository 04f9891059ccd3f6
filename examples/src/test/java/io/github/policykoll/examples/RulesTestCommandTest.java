package io.github.policykoll.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules test DIR} on the real rule pack and on broken copies of it. */
class RulesTestCommandTest {
    private static final Path RULES = Path.of("../rules-sv/src/main/resources/regler");

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path p : files.toList()) {
                Path to = dir.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void rulesTest_passesOnTheRulePack() {
        CliRun r = CliRun.of("rules", "test", RULES.toString());
        assertThat(r.status()).as(String.join("\n", r.out())).isEqualTo(0);
        assertThat(r.out().get(r.out().size() - 1)).matches("\\d+ regler, \\d+ exempel: \\d+ godkända, 0 fel");
    }

    @Test
    void rulesTest_reportsABrokenRuleWithFileAndLine() throws IOException {
        copy();
        replace("1-sunt-forstand.drl", "$p : Personnummer( )", "$p : Personnumer( )");
        CliRun r = CliRun.of("rules", "test", dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).anySatisfy(l -> assertThat(l).startsWith("1-sunt-forstand.drl:").contains("Personnumer"));
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void rulesTest_reportsFailingExamplesAndRulesWithoutExamples() throws IOException {
        copy();
        Files.writeString(dir.resolve("1-sunt-forstand.exempel"), "[sv.personuppgifter.personnummer]\n"
                + "flaggas: Mitt nummer är [[811218-9875]].\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("rules", "test", dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("1-sunt-forstand.exempel:2: [sv.personuppgifter.personnummer] skulle flaggas av "
                + "sv.personuppgifter.personnummer men flaggades inte (inga fynd alls)");
        assertThat(r.out()).anySatisfy(l -> assertThat(l).matches(
                "1-sunt-forstand\\.drl:\\d+: regeln \"Personnummer i texten\" \\(sv.personuppgifter.personnummer\\) "
                        + "saknar exempel som ska godkännas: .*"));
    }

    @Test
    void rulesTest_saysWhenTheDirectoryIsMissing() {
        CliRun r = CliRun.of("rules", "test", dir.resolve("nope").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("ingen mapp");
    }
}
