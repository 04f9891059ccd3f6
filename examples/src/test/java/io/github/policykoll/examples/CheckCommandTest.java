package io.github.policykoll.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command end to end, with the real rule pack. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private Path file(String... lines) throws Exception {
        Path f = dir.resolve("posts.jsonl");
        Files.write(f, List.of(lines), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void check_answersEveryLineInOrderAndExits2OnBrokenLines() throws Exception {
        CliRun r = CliRun.of("check", file(
                "{\"id\":\"a\",\"text\":\"Välkommen till vårt öppna möte i Kista!\"}",
                "{\"id\":\"b\",\"text\":",
                "{\"id\":\"c\",\"text\":\"Du är en idiot.\"}",
                "{\"id\":\"d\",\"text\":\"x\",\"visibility\":\"secret\"}",
                "{\"id\":\"e\",\"text\":\"Tack alla som knackade dörr i helgen.\"}").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).hasSize(5);
        assertThat(r.out().get(0)).startsWith("{\"postId\":\"a\",\"verdict\":\"pass\",\"findings\":[]");
        assertThat(r.out().get(1)).startsWith("{\"line\":2,\"error\":\"not valid JSON: ");
        assertThat(r.out().get(2)).startsWith("{\"postId\":\"c\",\"verdict\":\"block\"")
                .contains("\"spans\":[{\"start\":9,\"end\":14,\"text\":\"idiot\"}]");
        assertThat(r.out().get(3)).isEqualTo("{\"line\":4,\"error\":\"field \\\"visibility\\\" must be one of "
                + "public, friends, group, private, not \\\"secret\\\"\"}");
        assertThat(r.out().get(4)).startsWith("{\"postId\":\"e\",\"verdict\":\"pass\"");
    }

    @Test
    void check_onManyThreadsAnswersInInputOrderExactlyAsOnOne() throws Exception {
        String[] posts = new String[600];
        String[] texts = {"Du är en idiot.", "Välkommen till vårt möte i Kista!", "Det sägs att rektorn slutar.",
            "Kommunalrådet i Täby är en riktig clown.", "Invandrarna är parasiter.", "{broken"};
        for (int i = 0; i < posts.length; i++) {
            String t = texts[i % texts.length];
            posts[i] = t.startsWith("{") ? t : "{\"id\":\"p" + i + "\",\"text\":\"" + t + "\"}";
        }
        Path f = file(posts);
        CliRun one = CliRun.of("check", "--threads", "1", f.toString());
        CliRun four = CliRun.of("check", "--threads", "4", f.toString());
        assertThat(four.out()).hasSize(600).isEqualTo(one.out());
        assertThat(four.out().get(5)).isEqualTo("{\"line\":6,\"error\":\"not valid JSON: "
                + one.out().get(5).substring("{\"line\":6,\"error\":\"not valid JSON: ".length()));
        assertThat(four.out().get(599)).startsWith("{\"line\":600,");
        assertThat(four.status()).isEqualTo(2);
    }

    @Test
    void help_worksOnEveryCommand() {
        for (String[] args : new String[][] {{"check", "--help"}, {"rules", "--help"}, {"rules", "test", "--help"},
            {"quality", "--help"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(0);
            assertThat(String.join("\n", r.out())).as(String.join(" ", args)).contains("Usage: policykoll");
        }
    }

    @Test
    void check_rejectsANegativeThreadCount() {
        CliRun r = CliRun.of("check", "--threads", "-1", "--text", "hej");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--threads must be 1 or more");
    }

    @Test
    void check_failOnSetsExitStatus() throws Exception {
        Path posts = file("{\"text\":\"Du är en idiot.\"}", "{\"text\":\"Bra möte i dag.\"}");
        assertThat(CliRun.of("check", posts.toString()).status()).isEqualTo(0);
        assertThat(CliRun.of("check", "--fail-on", "block", posts.toString()).status()).isEqualTo(1);
        Path clean = file("{\"text\":\"Bra möte i dag.\"}");
        assertThat(CliRun.of("check", "--fail-on", "warn", clean.toString()).status()).isEqualTo(0);
    }

    @Test
    void check_rejectsABadFailOnLevel() {
        CliRun r = CliRun.of("check", "--fail-on", "fatal", "--text", "x");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--fail-on must be block, warn or advise, not 'fatal'");
    }

    @Test
    void checkText_printsAReadableReport() {
        CliRun r = CliRun.of("check", "--text", "Du är en idiot, Kalle.");
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out().get(0)).startsWith("Bedömning: BLOCK");
        assertThat(String.join("\n", r.out())).contains("BLOCK  SM-2.2  sv.personangrepp.skallsord")
                .contains("Ord 9–14: Du är en »idiot«, Kalle.");
    }

    @Test
    void check_rulesUsesARuleDirectory() throws Exception {
        Path rules = dir.resolve("regler");
        Files.createDirectories(rules.resolve("ordlistor"));
        Files.writeString(rules.resolve("r.drl"), String.join("\n", "package t;",
                "import io.github.policykoll.facts.*;",
                "rule \"Ordet banan\" @id(\"t.banan\") @guideline(\"SM-2.4\") @severity(\"advise\") @message(\"Banan!\")",
                "when $t : Term( list == \"frukt\" ) then insert( new Hit( $t ) ); end", ""), StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("ordlistor/frukt.txt"), "banan\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", "--rules", rules.toString(), "--text", "En banan om dagen.");
        assertThat(r.status()).isEqualTo(0);
        assertThat(String.join("\n", r.out())).contains("ADVISE  SM-2.4  t.banan").contains("»banan«");
        Files.writeString(rules.resolve("r.drl"), "package t;\nrule \"Trasig\" when then end end\n", StandardCharsets.UTF_8);
        CliRun broken = CliRun.of("check", "--rules", rules.toString(), "--text", "x");
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.err()).contains("r.drl:");
    }

    @Test
    void check_saysWhenTheFileIsMissing() {
        CliRun r = CliRun.of("check", dir.resolve("nope.jsonl").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no such file");
    }

    /** Fourteen lines of bad input, each answered in its place, the good last line evaluated. */
    @Test
    void check_badInputCostsOnlyItsOwnLine() throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        String[] lines = {
            "\uFEFF{\"id\":\"1\",\"text\":\"Hej på er\"}\r",                  // byte-order mark and CRLF
            null,                                                               // Latin-1, not UTF-8
            "{\"id\":\"3\",\"text\":\"a\\u0000b\"}",                             // NUL
            "{\"id\":\"4\",\"text\":\"\\ud800\"}",                               // lone surrogate escape
            "{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"text\":\"hej\"}", // deep nesting
            "{\"id\":\"6\",\"text\":\"hej\",\"n\":1e999999}",
            "{\"text\":\"a\",\"text\":\"Du är en idiot\"}",                       // duplicate key
            "{\"id\":\"8\",\"text\":\"hej\",\"platform\":\"myspace\"}",
            "{\"id\":\"9\",\"text\":null}",
            "{\"id\":\"10\",\"text\":42}",
            "",
            "{\"id\":\"12\",\"text\":\"" + "Hej. ".repeat(200_000) + "\"}",         // 1 MB
            "[1,2,3]",
            "{\"id\":\"14\",\"text\":\"Du är en idiot\"}"};
        for (String line : lines) {
            b.write(line == null ? "{\"id\":\"2\",\"text\":\"Du är en idiot\"}".getBytes(StandardCharsets.ISO_8859_1)
                    : line.getBytes(StandardCharsets.UTF_8));
            b.write('\n');
        }
        Path f = dir.resolve("bad.jsonl");
        Files.write(f, b.toByteArray());
        CliRun r = CliRun.of("check", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).hasSize(14);
        assertThat(r.out().get(0)).startsWith("{\"postId\":\"1\",\"verdict\":\"pass\"");
        assertThat(r.out().get(1)).isEqualTo("{\"line\":2,\"error\":\"the line is not valid UTF-8 (byte 22)\"}");
        assertThat(r.out().get(4)).isEqualTo("{\"line\":5,\"error\":\"the JSON is nested more than 32 levels deep\"}");
        assertThat(r.out().get(6)).isEqualTo("{\"line\":7,\"error\":\"the key \\\"text\\\" appears twice in one object\"}");
        assertThat(r.out().get(10)).startsWith("{\"line\":11,\"error\":\"empty line");
        assertThat(r.out().get(11)).isEqualTo("{\"line\":12,\"error\":\"the line is longer than 665,536 bytes "
                + "(the limit follows from --max-text-length)\"}");
        assertThat(r.out().get(13)).startsWith("{\"postId\":\"14\",\"verdict\":\"block\"");
        assertThat(String.join("\n", r.out()) + r.err()).doesNotContain("Exception", "null\"}", "Cannot invoke");
    }

    @Test
    void check_tooLongTextIsAnErrorRecordWithTheLimit() throws Exception {
        CliRun r = CliRun.of("check", "--max-text-length", "10", file(
                "{\"id\":\"a\",\"text\":\"Kort text\"}", "{\"id\":\"b\",\"text\":\"En text på mer än tio tecken\"}")
                .toString());
        assertThat(r.out()).hasSize(2);
        assertThat(r.out().get(0)).startsWith("{\"postId\":\"a\"");
        assertThat(r.out().get(1)).isEqualTo("{\"line\":2,\"error\":\"the text is 28 characters long; the limit is 10\"}");
    }

    /**
     * Lines go to the threads in chunks, but a chunk takes only lines already read: a post written to standard
     * input gets its answer before the next post is written (a tool that talks to check line by line never hangs).
     */
    @Test
    void check_answersEachLineOfAnInteractiveInputBeforeTheNextArrives() throws Exception {
        java.io.PipedOutputStream toCheck = new java.io.PipedOutputStream();
        java.io.InputStream stdin = new java.io.PipedInputStream(toCheck, 65_536);
        java.io.PipedInputStream fromCheck = new java.io.PipedInputStream(65_536);
        java.io.PrintStream stdout = new java.io.PrintStream(new java.io.PipedOutputStream(fromCheck), true,
                StandardCharsets.UTF_8);
        java.io.InputStream oldIn = System.in;
        java.io.PrintStream oldOut = System.out;
        java.util.concurrent.ExecutorService runner = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            System.setIn(stdin);
            System.setOut(stdout);
            java.util.concurrent.Future<Integer> status = runner.submit(() -> io.github.policykoll.cli.Main.run("check"));
            java.io.BufferedReader answers = new java.io.BufferedReader(
                    new java.io.InputStreamReader(fromCheck, StandardCharsets.UTF_8));
            java.util.concurrent.ExecutorService reading = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                for (int i = 1; i <= 3; i++) {
                    toCheck.write(("{\"id\":\"p" + i + "\",\"text\":\"Du är en idiot.\"}\n")
                            .getBytes(StandardCharsets.UTF_8));
                    toCheck.flush();
                    String answer = reading.submit(answers::readLine).get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertThat(answer).startsWith("{\"postId\":\"p" + i + "\",\"verdict\":\"block\"");
                }
                toCheck.close();
                assertThat(status.get(60, java.util.concurrent.TimeUnit.SECONDS)).isZero();
            } finally {
                reading.shutdownNow();
            }
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            runner.shutdownNow();
        }
    }
}
