package io.github.policykoll.cli;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.RuleInfo;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.Severity;
import io.github.policykoll.internal.ClasspathPacks;
import io.github.policykoll.internal.Examples;
import io.github.policykoll.internal.Examples.Example;
import io.github.policykoll.json.InvalidPostException;
import io.github.policykoll.json.PolicyJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code quality}: recall and false alarms per guideline on the rule pack's own examples and a corpus of
 * ordinary posts, as a Markdown table (docs/QUALITY.md).
 */
@Command(name = "quality", description = {
    "Prints recall and false alarms per guideline as a Markdown table.",
    "",
    "Measured on the rule pack's examples (.exempel files), on a corpus of ordinary posts and on a "
        + "held-out set of labelled posts (JSON Lines)."})
public final class QualityCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON Lines of ordinary posts (must not be flagged)")
    Path corpus;

    @Option(names = "--held-out", paramLabel = "FILE", description = {
        "JSON Lines of labelled posts not used to write the rules: \"expect\" is the guideline that",
        "should be found (warn or block), or null for a post that must not get a warn or block."})
    Path heldOut;

    @Option(names = "--advise", description = {
        "Advise findings count too on the held-out set: for a set about advice (SM-5.2's references",
        "without a link); a post that must pass then counts as flagged when it gets any finding."})
    boolean advise;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Counts for one guideline. */
    private static final class Row {
        int flagged;
        int caught;
        int passes;
        int passFalseAlarms;
        int corpusWarnBlock;
        int corpusAdvise;
    }

    @Override
    public Integer call() throws IOException {
        if (advise && heldOut == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--advise counts advice on a held-out set: give one with --held-out FILE");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Problem> problems = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        ClasspathPacks.resources(QualityCommand.class.getClassLoader(), "regler", ".exempel")
                .forEach((file, text) -> examples.addAll(Examples.parse(file, text.lines().toList(), problems)));
        List<Post> posts = new ArrayList<>();
        if (corpus != null) {
            int n = 0;
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    posts.add(PolicyJson.readPost(line));
                } catch (InvalidPostException e) {
                    problems.add(new Problem(corpus.toString(), n, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> spec.commandLine().getErr().println(p));
            return 2;
        }
        Map<String, Row> rows = new TreeMap<>();
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            Map<String, String> guidelineOf = new TreeMap<>();
            for (RuleInfo r : engine.rules()) {
                guidelineOf.put(r.id(), r.guideline());
                rows.computeIfAbsent(r.guideline(), g -> new Row());
            }
            for (Example ex : examples) {
                String g = guidelineOf.get(ex.ruleId());
                if (g == null) {
                    continue;
                }
                Row row = rows.get(g);
                Evaluation ev = engine.evaluate(ex.post());
                boolean hit = ev.findings().stream().anyMatch(f -> f.guideline().equals(g));
                if (ex.flagged()) {
                    row.flagged++;
                    row.caught += hit ? 1 : 0;
                } else {
                    row.passes++;
                    row.passFalseAlarms += ev.findings().stream()
                            .anyMatch(f -> f.ruleId().equals(ex.ruleId())) ? 1 : 0;
                }
            }
            for (Post p : posts) {
                Evaluation ev = engine.evaluate(p);
                for (String g : ev.findings().stream().map(Finding::guideline).distinct().toList()) {
                    Row row = rows.computeIfAbsent(g, k -> new Row());
                    boolean serious = ev.findings(g).stream().anyMatch(f -> f.severity() != Severity.ADVISE);
                    if (serious) {
                        row.corpusWarnBlock++;
                    } else {
                        row.corpusAdvise++;
                    }
                }
            }
        }
        out.println("| guideline | flagged examples | caught | recall | pass examples | false alarms on them "
                + "| corpus posts with warn/block | corpus posts with advise |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        Row total = new Row();
        rows.forEach((g, r) -> {
            out.println(line(g, r, posts.size()));
            total.flagged += r.flagged;
            total.caught += r.caught;
            total.passes += r.passes;
            total.passFalseAlarms += r.passFalseAlarms;
            total.corpusWarnBlock += r.corpusWarnBlock;
            total.corpusAdvise += r.corpusAdvise;
        });
        out.println(line("**all**", total, posts.size()));
        out.println();
        out.println(examples.size() + " examples, " + posts.size() + " corpus posts.");
        if (heldOut != null) {
            heldOutTable(out);
        }
        return 0;
    }

    /** Recall and false alarms on a labelled set that the rules were not written from, per guideline. */
    private void heldOutTable(PrintWriter out) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, int[]> perGuideline = new TreeMap<>(); // positives, caught, false alarms
        int positives = 0;
        int caught = 0;
        int negatives = 0;
        int falseAlarms = 0;
        List<String> misses = new ArrayList<>();
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            int lineNo = 0;
            for (String line : Files.readAllLines(heldOut, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode node;
                Evaluation ev;
                try {
                    node = mapper.readTree(line);
                    ev = engine.evaluate(PolicyJson.readPost(line));
                } catch (InvalidPostException | com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            heldOut + ":" + lineNo + ": " + e.getMessage());
                }
                String expect = node.path("expect").isTextual() ? node.get("expect").asText() : null;
                List<String> serious = ev.findings().stream().filter(f -> advise || f.severity() != Severity.ADVISE)
                        .map(Finding::guideline).distinct().toList();
                if (expect == null) {
                    negatives++;
                    if (!serious.isEmpty()) {
                        falseAlarms++;
                        misses.add("false alarm " + ev.postId() + " " + serious);
                        serious.forEach(g -> perGuideline.computeIfAbsent(g, k -> new int[3])[2]++);
                    }
                } else {
                    positives++;
                    int[] row = perGuideline.computeIfAbsent(expect, k -> new int[3]);
                    row[0]++;
                    if (serious.contains(expect)) {
                        caught++;
                        row[1]++;
                    } else {
                        misses.add("missed " + ev.postId() + " " + expect + (serious.isEmpty() ? "" : " (got " + serious + ")"));
                    }
                }
            }
        }
        out.println();
        out.println("Held-out set `" + heldOut.getFileName() + "`: " + (positives + negatives) + " posts, " + positives
                + " to flag, " + negatives + " that must pass (" + (advise ? "every finding counts, advise too"
                : "warn and block count; advise does not") + ").");
        out.println();
        out.println("| guideline | posts to flag | caught (" + (advise ? "any severity" : "warn/block")
                + ") | recall | benign posts it flagged |");
        out.println("|---|---:|---:|---:|---:|");
        int negs = negatives;
        perGuideline.forEach((g, r) -> out.printf(java.util.Locale.ROOT, "| %s | %d | %d | %s | %d / %d |%n", g, r[0],
                r[1], r[0] == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.0f %%", 100.0 * r[1] / r[0]), r[2], negs));
        out.printf(java.util.Locale.ROOT, "| **all** | %d | %d | %.0f %% | %d / %d (%.1f %%) |%n", positives, caught,
                positives == 0 ? 0.0 : 100.0 * caught / positives, falseAlarms, negatives,
                negatives == 0 ? 0.0 : 100.0 * falseAlarms / negatives);
        out.println();
        misses.forEach(m -> out.println("- " + m));
    }

    private static String line(String g, Row r, int corpusSize) {
        String recall = r.flagged == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.0f %%", 100.0 * r.caught / r.flagged);
        return "| " + g + " | " + r.flagged + " | " + r.caught + " | " + recall + " | " + r.passes + " | "
                + r.passFalseAlarms + " | " + r.corpusWarnBlock + " / " + corpusSize + " | " + r.corpusAdvise + " / "
                + corpusSize + " |";
    }
}
