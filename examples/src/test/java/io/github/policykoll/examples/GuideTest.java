package io.github.policykoll.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.internal.AuthorMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule authors' guide (rules-sv/README.md) says what the code does: its tables, summaries and walk-through. */
class GuideTest {
    private static final Path GUIDE = Path.of("../rules-sv/README.md");
    private static final Path RULES = Path.of("../rules-sv/src/main/resources/regler");

    @TempDir
    Path dir;

    private static String guide() throws IOException {
        return Files.readString(GUIDE, StandardCharsets.UTF_8);
    }

    /** The text of section {@code heading} (up to the next "## "). */
    private static String section(String heading) throws IOException {
        String g = guide();
        int start = g.indexOf("\n" + heading + "\n");
        assertThat(start).as("section " + heading).isGreaterThanOrEqualTo(0);
        int end = g.indexOf("\n## ", start + heading.length() + 2);
        return g.substring(start, end < 0 ? g.length() : end);
    }

    /** The fenced code blocks of {@code text}, in order, without the list's indentation. */
    private static List<String> codeBlocks(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder block = null;
        String indent = "";
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                    indent = line.substring(0, line.indexOf('`'));
                } else {
                    out.add(block.toString());
                    block = null;
                }
            } else if (block != null) {
                block.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
            }
        }
        return out;
    }

    @Test
    void errorTable_hasEveryMessageTheRulesTestWrites() throws IOException {
        String table = section("## Felmeddelanden och vad de betyder");
        AuthorMessages.all().forEach((key, message) -> {
            String shown = message.replace("%s", "…").replace("%d", "…").replaceAll("…+", "…");
            assertThat(table).as("the guide's row for '" + key + "'").contains("`" + shown + "`");
        });
    }

    @Test
    void summary_isWhatRulesTestSaysAboutTheRealPack() throws IOException {
        List<String> blocks = codeBlocks(section("## Testa dina ändringar – alltid"));
        String shown = blocks.stream().filter(b -> b.contains(" regler, ")).findFirst().orElseThrow().strip();
        CliRun r = CliRun.of("rules", "test", RULES.toString());
        assertThat(r.out().get(r.out().size() - 1)).isEqualTo(shown);
    }

    @Test
    void firstRule_walkThroughWorksAsWritten() throws IOException {
        TestFiles.copyTree(RULES, dir);
        String walk = section("## Din första regel på tio minuter");
        List<String> blocks = codeBlocks(walk);
        assertThat(blocks).hasSize(4);
        assertThat(walk).contains("`regler/ordlistor/loften.txt`", "`regler/7-loften.drl`", "`regler/7-loften.exempel`");
        Files.writeString(dir.resolve("ordlistor/loften.txt"), blocks.get(0), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("7-loften.drl"), blocks.get(1), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("7-loften.exempel"), blocks.get(2), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("rules", "test", dir.toString());
        assertThat(r.status()).as(String.join("\n", r.out())).isEqualTo(0);
        assertThat(r.out()).containsExactly(blocks.get(3).strip());
    }
}
