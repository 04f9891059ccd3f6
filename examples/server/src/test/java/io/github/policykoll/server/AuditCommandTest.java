package io.github.policykoll.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policykoll.Evaluation;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Verdict;
import io.github.policykoll.cli.Main;
import io.github.policykoll.json.PolicyJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/** {@code ./policykoll audit} as a reviewer runs it: 10,000 real posts in, a report that opens in a browser. */
class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Path posts;
    static Map<Verdict, Integer> expected = new EnumMap<>(Verdict.class);

    /** 10,000 posts: the Webbnyheter corpus cycled (each line with its own id), and one broken line. */
    @BeforeAll
    static void tenThousandPosts() throws Exception {
        List<String> corpus = Files.readAllLines(LoadTest.CORPUS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> lines = new ArrayList<>();
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            for (int i = 0; i < 10_000; i++) {
                JsonNode n = JSON.readTree(corpus.get(i % corpus.size()));
                ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("id", "inlagg-" + (i + 1));
                String line = n.toString();
                lines.add(line);
                Evaluation e = engine.evaluate(PolicyJson.readPost(line));
                expected.merge(e.verdict(), 1, Integer::sum);
            }
        }
        lines.add(5_000, "{\"text\": 42}");
        posts = dir.resolve("konto.jsonl");
        Files.write(posts, lines, StandardCharsets.UTF_8);
    }

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void jsonCountsEveryPostAsTheLibraryJudgesIt() throws Exception {
        Run r = run("audit", posts.toString(), "--format", "json", "--no-progress");
        assertThat(r.status()).as(r.err()).isEqualTo(2); // one broken line
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("posts").asInt()).isEqualTo(10_000);
        for (Verdict v : Verdict.values()) {
            assertThat(report.get("verdicts").get(v.id()).asInt()).as(v.id()).isEqualTo(expected.getOrDefault(v, 0));
        }
        assertThat(report.get("errors").get(0).get("line").asInt()).isEqualTo(5_001);
        assertThat(report.get("flagged").asInt()).isEqualTo(10_000 - expected.getOrDefault(Verdict.PASS, 0));
        JsonNode first = report.get("flaggedPosts").get(0);
        assertThat(first.get("evaluation").get("verdict").asText())
                .isEqualTo(expected.getOrDefault(Verdict.BLOCK, 0) > 0 ? "block" : "warn");
    }

    @Test
    void theHtmlReportOpensWithChartsAndMarkedWords() throws Exception {
        Path html = dir.resolve("rapport.html");
        Run r = run("audit", posts.toString(), "--html", html.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Granskar").contains("10000 inlägg").contains("10000 inlägg granskade")
                .contains("1 rad kunde inte läsas");
        String page = Files.readString(html);
        assertThat(page).contains("<svg").doesNotContain("<script").doesNotContain("http://")
                .doesNotContain("https://").contains("rules-sv");

        ChromeDriver browser = Browser.start();
        try {
            browser.get(html.toUri().toString());
            assertThat(browser.getTitle()).startsWith("Granskning");
            List<WebElement> bars = browser.findElements(By.cssSelector("svg rect"));
            assertThat(bars.size()).isGreaterThan(4 + 3);
            assertThat(bars).as("drawn bars").anySatisfy(b -> assertThat(b.getSize().getHeight()).isGreaterThan(10));
            List<WebElement> marks = browser.findElements(By.cssSelector("article mark"));
            assertThat(marks).isNotEmpty();
            assertThat(marks.get(0).getCssValue("text-decoration-line")).contains("underline");
            assertThat(browser.findElement(By.tagName("main")).getText()).containsPattern("10.?000 inlägg bedömda")
                    .contains("Rad 5001");
            assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                    .filteredOn(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).isEmpty();
            Browser.screenshot(browser, "audit");
        } finally {
            browser.quit();
        }
    }

    @Test
    void saysWhatIsMissing() {
        Run r = run("audit", posts.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--html report.html");
        Run missing = run("audit", dir.resolve("finns-inte.jsonl").toString(), "--format", "json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Run format = run("audit", posts.toString(), "--format", "pdf");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be html or json");
    }
}
