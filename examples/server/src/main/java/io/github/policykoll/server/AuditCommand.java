package io.github.policykoll.server;

import io.github.policykoll.Evaluation;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.PostTooLongException;
import io.github.policykoll.RulePackException;
import io.github.policykoll.cli.EngineOptions;
import io.github.policykoll.cli.Subcommand;
import io.github.policykoll.internal.JsonLines;
import io.github.policykoll.json.InvalidPostException;
import io.github.policykoll.json.PolicyJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code audit}: the review of an account's posts, as an HTML report or JSON. */
@Command(name = "audit", description = {
    "Reviews an account's posts and writes a report: totals per verdict and per guideline, and every flagged "
        + "post with its marked words.",
    "",
    "Reads JSON Lines (one post per line, see docs/contract.md). Writes a self-contained HTML page with "
        + "--html FILE (charts and highlights, nothing fetched), or JSON with --format json. A progress bar "
        + "on standard error shows how far it has come.",
    "",
    "Exit status: 0 report written, 2 the input or the command line was wrong, 3 policykoll itself failed."})
public final class AuditCommand implements Subcommand {
    @Parameters(paramLabel = "FILE", description = "JSON Lines file of posts (- for standard input)")
    Path file;

    @Option(names = "--html", paramLabel = "REPORT", description = "Write the HTML report to this file.")
    Path html;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html (default, needs --html) or json.")
    String format = "html";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "With --format json: write it here instead of standard output.")
    Path output;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @CommandLine.Mixin
    EngineOptions engineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean json = switch (format) {
            case "json" -> true;
            case "html" -> false;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be html or json, not '" + format + "'");
        };
        if (!json && html == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "say where the report goes: --html report.html (or --format json)");
        }
        boolean stdin = file.toString().equals("-");
        InputStream raw;
        long size = -1;
        try {
            raw = stdin ? System.in : Files.newInputStream(file);
            size = stdin ? -1 : Files.size(file);
        } catch (NoSuchFileException e) {
            err.println("policykoll: no such file: " + file);
            return 2;
        }
        PolicyEngine.Builder builder = engineOptions.builder(spec);
        PolicyEngine engine;
        try {
            engine = builder.build();
        } catch (RulePackException e) {
            return engineOptions.report(e, err);
        }
        Counting in = new Counting(raw);
        AuditReport report = new AuditReport(stdin ? "standard input" : file.getFileName().toString(),
                engine.guidelines(), engine.rulePack());
        ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName("Granskar")
                .setInitialMax(size > 0 ? size : -1).setUnit("kB", 1024).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(200).setMaxRenderedLength(100)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        try (engine; JsonLines lines = JsonLines.forPosts(in, engine.maxTextLength())) {
            for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.error() != null) {
                    report.problem(line.number(), line.error());
                } else {
                    try {
                        Post post = PolicyJson.readPost(line.text());
                        Evaluation e = engine.evaluate(post);
                        report.add(line.number(), post.text(), e);
                    } catch (InvalidPostException | PostTooLongException e) {
                        report.problem(line.number(), e.getMessage());
                    }
                }
                if (bar != null) {
                    bar.stepTo(in.count);
                    bar.setExtraMessage(report.posts() + " inlägg");
                }
            }
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        if (json) {
            String out = report.json();
            if (output == null) {
                spec.commandLine().getOut().println(out);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(output, out + "\n", StandardCharsets.UTF_8);
            }
        } else {
            Files.writeString(html, report.html(), StandardCharsets.UTF_8);
            err.println("policykoll: " + report.posts() + " inlägg granskade"
                    + (report.problems() == 1 ? ", 1 rad kunde inte läsas"
                            : report.problems() > 1 ? ", " + report.problems() + " rader kunde inte läsas" : "")
                    + "; rapporten är " + html.toAbsolutePath());
        }
        return report.problems() > 0 ? 2 : 0;
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
