package io.github.policykoll.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Post;
import io.github.policykoll.json.PolicyJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' floor counts what it should, and CheckThroughput runs both sides and reports them. */
class BenchToolsTest {

    @Test
    void theFloorCountsTheWordsOfTheLists() {
        Floor floor = new Floor();
        assertThat(floor.hits("Du är en idiot.")).isEqualTo(1);
        assertThat(floor.hits("IDIOT, idiot och Idiot!")).isEqualTo(3);
        assertThat(floor.hits("Budgeten för 2027 läggs fram i dag.")).isZero();
        assertThat(floor.hits("")).isZero();
    }

    @Test
    void checkThroughputRunsCheckAndTheFloor_andGivesTheConsoleBack(@TempDir Path dir) throws Exception {
        Path file = posts(dir, 40, 5);
        String report = console(() -> CheckThroughput.main(new String[] {file.toString(), "2"}));
        assertThat(report).contains("40 posts");
        assertThat(report.lines().filter(l -> l.startsWith("round "))).hasSize(2)
                .allMatch(l -> l.matches("round \\d: check [\\d,]+ posts/s .*; floor [\\d,]+ posts/s .*; "
                        + "floor / check \\d+\\.\\dx"));
        assertThat(report).doesNotContain("\"postId\""); // check's answers went to the counting stream
        assertThat(report).containsPattern("floor / check in rounds 2-2: median \\d+\\.\\dx");
        assertThat(report).containsPattern("floor in a JVM of its own, its first round: [\\d,]+ posts/s; "
                + "floor / check's round 1: \\d+\\.\\dx");
    }

    @Test
    void firstRoundCountsEveryAnswerAfterTheFirstOnes_andGivesTheConsoleBack(@TempDir Path dir) throws Exception {
        Path file = posts(dir, 10_000, 7); // enough for more than one step of 50 ms on a fast machine
        String report = console(() -> FirstRound.main(new String[] {file.toString()}));
        assertThat(report).doesNotContain("\"postId\""); // check's answers went to the counting stream
        assertThat(report).contains("until  answers");
        List<String> steps = report.lines().filter(l -> l.matches(" +\\d+ ms +\\d+ +\\d+ ms +\\d+ ms")).toList();
        String total = report.lines().filter(l -> l.trim().startsWith("in all")).findFirst().orElseThrow();
        long sum = steps.stream().mapToLong(l -> Long.parseLong(l.trim().split(" +")[2])).sum();
        long inAll = Long.parseLong(total.trim().split(" +")[2]);
        assertThat(inAll).as("the steps add up").isEqualTo(sum);
        // the answers of the first chunk come before the first step; every later one is counted once
        assertThat(inAll).isPositive().isLessThan(10_000);
    }

    /** {@code n} posts in a file, every {@code insultEvery}th with an insult. */
    private static Path posts(Path dir, int n, int insultEvery) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("{\"id\":\"p-" + i + "\",\"text\":\"Inlägg nummer " + i + " om budgeten"
                    + (i % insultEvery == 0 ? ", din idiot" : "") + ".\"}");
        }
        Path file = dir.resolve("posts.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private interface Tool {
        void run() throws Exception;
    }

    /** What {@code tool} printed to the console, which it gets back afterwards. */
    private static String console(Tool tool) throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            tool.run();
        } finally {
            System.setOut(console);
        }
        assertThat(System.out).isSameAs(console);
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theRealPosts_areEachRealTextFourTimesWithIdsOfTheirOwn() throws Exception {
        Path file = CheckThroughput.realPosts();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Post> texts = RealTextBenchmark.readPosts();
        assertThat(lines).hasSize(4 * texts.size());
        java.util.Map<String, Integer> copies = new java.util.HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String line : lines) {
            Post p = PolicyJson.readPost(line);
            assertThat(ids.add(p.id())).as(p.id()).isTrue();
            copies.merge(p.text(), 1, Integer::sum);
        }
        for (Post t : texts) {
            assertThat(copies.get(t.text())).as(t.id()).isGreaterThanOrEqualTo(4); // more if the corpus repeats it
        }
        assertThat(lines.subList(0, 10)).as("shuffled, not in the corpus' order")
                .isNotEqualTo(lines.stream().sorted().toList().subList(0, 10));
        Files.delete(file);
    }
}
