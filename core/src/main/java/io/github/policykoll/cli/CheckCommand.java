package io.github.policykoll.cli;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.PostTooLongException;
import io.github.policykoll.RulePackException;
import io.github.policykoll.Severity;
import io.github.policykoll.Span;
import io.github.policykoll.json.InvalidPostException;
import io.github.policykoll.json.PolicyJson;
import io.github.policykoll.internal.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check}: JSON Lines in, one evaluation per line out, in order; or {@code --text} for a readable
 * report of one text. Exit status: 2 if any line was an error, 1 if a post reached {@code --fail-on}, else 0.
 */
@Command(name = "check", description = {
    "Checks posts against the rule pack and writes one evaluation per post.",
    "",
    "Reads JSON Lines (one post per line, see docs/contract.md) from FILE or standard input and writes one "
        + "evaluation per line, in input order. A broken line gets {\"line\": N, \"error\": \"...\"}.",
    "",
    "Exit status: 0 all answered, 1 a post reached --fail-on, 2 a line or the command line was wrong, "
        + "3 policykoll itself failed (out of memory, a bug)."})
public final class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON Lines file (default: standard input, or -)")
    Path file;

    @Option(names = "--text", paramLabel = "TEXT",
            description = "Check this text as a public post with default metadata and print a readable report.")
    String text;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a post gets a finding of this level or worse: block, warn or advise.")
    String failOn;

    @Option(names = "--threads", paramLabel = "N", description = {
        "Evaluate on N threads (default: one per core). Answers are always written in input order."})
    int threads;

    @CommandLine.Mixin
    EngineOptions engineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = null;
        if (failOn != null) {
            try {
                threshold = Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--fail-on must be block, warn or advise, not '" + failOn + "'");
            }
        }
        if (threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + threads);
        }
        if (text != null && file != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --text or FILE, not both");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolicyEngine.Builder builder = engineOptions.builder(spec);
        PolicyEngine engine;
        try {
            engine = builder.build();
        } catch (RulePackException e) {
            return engineOptions.report(e, err);
        }
        try (engine) {
            if (text != null) {
                Evaluation ev;
                try {
                    ev = engine.evaluate(Post.of(text));
                } catch (PostTooLongException e) {
                    err.println("policykoll: " + e.getMessage() + " (see --max-text-length)");
                    return 2; // the input, not policykoll
                }
                Report.print(text, ev, out);
                out.flush();
                return threshold != null && ev.verdict().atLeast(threshold) ? 1 : 0;
            }
            return batch(engine, threshold, out, err);
        }
    }

    private int batch(PolicyEngine engine, Severity threshold, PrintWriter out, PrintWriter err) throws IOException {
        InputStream in;
        if (file == null || file.toString().equals("-")) {
            in = System.in;
        } else {
            try {
                in = Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                err.println("policykoll: no such file: " + file);
                return 2;
            }
        }
        JsonLines input = JsonLines.forPosts(in, engine.maxTextLength());
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n, runnable -> {
            Thread t = new Thread(runnable, "policykoll-check");
            t.setDaemon(true);
            return t;
        });
        // Lines go to the threads in chunks (JsonLines.nextChunk): one task, one hand-over to the writer and one
        // wake-up per chunk instead of per line. A chunk takes only the lines already read (it never waits for input
        // to fill it, so an interactive reader gets each answer at once).
        // What is in flight is bounded: the reader waits when the writer is behind, so memory stays flat. Eight
        // chunks a thread keep both threads busy while the writer waits for a slow chunk (a post that goes to the
        // rules); a chunk of posts at the length limit holds one post, so even those fit in a small heap (the
        // launcher gives check 384 MB).
        BlockingQueue<Future<Answer[]>> queue = new ArrayBlockingQueue<>(n * 8);
        Future<Answer[]> end = CompletableFuture.completedFuture(null);
        String[] readError = new String[1];
        Thread reader = new Thread(() -> {
            try (JsonLines r = input) {
                for (List<JsonLines.Line> chunk = r.nextChunk(); chunk != null; chunk = r.nextChunk()) {
                    List<JsonLines.Line> lines = chunk;
                    queue.put(pool.submit(() -> answers(engine, threshold, lines)));
                }
            } catch (IOException e) {
                readError[0] = "cannot read the input: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    queue.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "policykoll-reader");
        reader.setDaemon(true);
        reader.start();
        int status;
        try {
            status = write(queue, end, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("evaluation failed", e.getCause());
        } finally {
            out.flush();
            pool.shutdownNow();
        }
        if (readError[0] != null) {
            err.println("policykoll: " + readError[0]);
            return 2;
        }
        return status;
    }

    /**
     * Writes the answers of each chunk as it comes, in input order, until {@code end}: 2 if a line was an error, 1
     * if one reached --fail-on, else 0. A method of its own, so that the JIT compiles this loop and not the whole
     * of {@link #batch} (twice: while the loop runs, and after).
     */
    private static int write(BlockingQueue<Future<Answer[]>> queue, Future<Answer[]> end, PrintWriter out)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        boolean anyError = false;
        boolean anyFail = false;
        for (Future<Answer[]> f = queue.take(); f != end; f = queue.take()) {
            for (Answer a : f.get()) {
                anyError |= a.error();
                anyFail |= a.fail();
                out.println(a.json());
            }
            if (queue.isEmpty()) {
                out.flush(); // nothing else ready: let an interactive reader see the answer now
            }
        }
        return anyError ? 2 : anyFail ? 1 : 0;
    }

    /** One line's answer: its JSON, and whether it was an error or reached --fail-on. */
    private record Answer(String json, boolean error, boolean fail) {
    }

    /** The answers to a chunk of lines, in order: a line that could not be read answers with its error. */
    private static Answer[] answers(PolicyEngine engine, Severity threshold, List<JsonLines.Line> lines) {
        Answer[] answers = new Answer[lines.size()];
        for (int i = 0; i < answers.length; i++) {
            JsonLines.Line l = lines.get(i);
            answers[i] = l.error() != null ? new Answer(PolicyJson.errorLine(l.number(), l.error()), true, false)
                    : answer(engine, threshold, l.number(), l.text());
        }
        return answers;
    }

    private static Answer answer(PolicyEngine engine, Severity threshold, long lineNo, String line) {
        try {
            Evaluation ev = engine.evaluate(PolicyJson.readPost(line));
            return new Answer(PolicyJson.write(ev), false, threshold != null && ev.verdict().atLeast(threshold));
        } catch (InvalidPostException | PostTooLongException e) {
            return new Answer(PolicyJson.errorLine(lineNo, e.getMessage()), true, false);
        } catch (RuntimeException e) {
            // never lose a line: a failure while evaluating answers in its place
            return new Answer(PolicyJson.errorLine(lineNo, "evaluation failed: " + e.getMessage()), true, false);
        }
    }

    /** The readable report of {@code --text}. */
    static final class Report {
        private Report() {
        }

        static void print(String text, Evaluation ev, PrintWriter out) {
            out.println("Bedömning: " + label(ev.verdict().id()) + " (" + ev.findings().size()
                    + (ev.findings().size() == 1 ? " fynd" : " fynd") + ", regelpaket " + ev.rulePack().name() + " "
                    + ev.rulePack().version() + ")");
            int n = 0;
            for (Finding f : ev.findings()) {
                n++;
                out.println();
                out.println(n + ". " + f.severity().id().toUpperCase(java.util.Locale.ROOT) + "  " + f.guideline()
                        + "  " + f.ruleId());
                out.println("   " + f.message());
                if (!f.suggestion().isEmpty()) {
                    out.println("   Förslag: " + f.suggestion());
                }
                for (Span s : f.spans()) {
                    out.println("   Ord " + s.start() + "–" + s.end() + ": " + highlight(text, s));
                }
            }
        }

        private static String label(String verdict) {
            return switch (verdict) {
                case "block" -> "BLOCK – får inte publiceras så här";
                case "warn" -> "WARN – läs igenom igen innan du publicerar";
                case "advise" -> "ADVISE – förslag som gör inlägget bättre";
                default -> "PASS – inget att anmärka på";
            };
        }

        /** The span in a little context, marked with »…«. */
        private static String highlight(String text, Span s) {
            int from = Math.max(0, s.start() - 30);
            int to = Math.min(text.length(), s.end() + 30);
            return (from > 0 ? "…" : "") + text.substring(from, s.start()).replace('\n', ' ') + "»" + s.text() + "«"
                    + text.substring(s.end(), to).replace('\n', ' ') + (to < text.length() ? "…" : "");
        }
    }
}
