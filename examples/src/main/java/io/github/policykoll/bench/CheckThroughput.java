package io.github.policykoll.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.cli.Main;
import io.github.policykoll.internal.JsonLines;
import io.github.policykoll.json.InvalidPostException;
import io.github.policykoll.json.PolicyJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code check FILE} against a floor that does the same job around a trivial evaluation, in one JVM, in
 * alternating rounds: posts per second after the first answer (start-up, building the engine, excluded).
 *
 * <p>The check round runs the command line itself ({@link Main#run}, output to a stream that counts bytes and
 * notes when the first arrives). The floor round reads the same lines on a thread of its own, parses each post
 * with {@link PolicyJson#readPost(String)}, lower-cases its text, splits it into words with one hash look-up per
 * word against every word-list word (the floor of {@code RealTextBenchmark}), writes a JSON answer per post, on
 * as many threads as check uses and in input order through the same pipeline (chunks of the lines already read,
 * the first ones smaller, and a bounded queue of chunks). Run it with the JVM options the launcher gives
 * {@code check FILE}, so that both sides compile alike:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.1 -XX:+UseParallelGC -Xmx384m \
 *     -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.CheckThroughput posts.jsonl 3</pre>
 *
 * <p>{@code real} instead of a file checks the 5,173 real texts of {@code RealTextBenchmark} four times over
 * (20,692 posts, shuffled). The floor runs three times a round and its median counts: its runs are short.
 * Last, the floor runs once in a new JVM with the same options, so that check's first round, in which the JIT
 * compiles check's code, is also compared with a floor's first round (the floor rounds in this JVM run code that
 * check's rounds compiled already).
 */
public final class CheckThroughput {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CheckThroughput() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CheckThroughput FILE.jsonl|real [ROUNDS]");
            System.exit(2);
        }
        Path file = args[0].equals("real") ? realPosts() : Path.of(args[0]);
        int posts;
        try (java.util.stream.Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            posts = (int) lines.count();
        }
        Floor floorWords = new Floor();
        int threads = Runtime.getRuntime().availableProcessors();
        if (args.length > 1 && args[1].equals(FLOOR_ONLY)) { // the child of coldFloor
            Counting floorOut = new Counting();
            floor(file, floorWords, threads, floorOut);
            System.out.printf(Locale.ROOT, "%.0f%n", rate(posts, floorOut.first, System.nanoTime()));
            return;
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (rounds < 1) {
            System.err.println("CheckThroughput: ROUNDS must be 1 or more, not " + rounds);
            System.exit(2);
        }
        double firstCheck = 0;
        PrintStream console = System.out;
        console.printf(Locale.ROOT, "%s: %,d posts, %d threads%n", file, posts, threads);
        List<Double> later = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Counting out = new Counting();
            long start = System.nanoTime();
            System.setOut(new PrintStream(out, false, StandardCharsets.UTF_8));
            int status;
            try {
                status = Main.run("check", file.toString());
            } finally {
                System.setOut(console);
            }
            long end = System.nanoTime();
            if (status > 1) {
                throw new IllegalStateException("check ended with status " + status);
            }
            double check = rate(posts, out.first, end);
            if (round == 1) {
                firstCheck = check;
            }
            // the floor's run is short (a few tenths of a second), so one hiccup of this shared machine halves it:
            // the median of three runs
            double[] floors = new double[FLOOR_RUNS];
            for (int k = 0; k < FLOOR_RUNS; k++) {
                Counting floorOut = new Counting();
                floor(file, floorWords, threads, floorOut);
                floors[k] = rate(posts, floorOut.first, System.nanoTime());
            }
            java.util.Arrays.sort(floors);
            double floor = floors[FLOOR_RUNS / 2];
            if (round > 1) {
                later.add(floor / check);
            }
            console.printf(Locale.ROOT, "round %d: check %,.0f posts/s after its first answer (%.2f s in all, "
                    + "first answer after %.2f s); floor %,.0f posts/s (median of %d, %,.0f-%,.0f); "
                    + "floor / check %.1fx%n", round, check, (end - start) / 1e9, (out.first - start) / 1e9, floor,
                    FLOOR_RUNS, floors[0], floors[FLOOR_RUNS - 1], floor / check);
        }
        if (!later.isEmpty()) {
            later.sort(null);
            console.printf(Locale.ROOT, "floor / check in rounds 2-%d: median %.1fx (%.1f-%.1fx)%n", rounds,
                    later.get(later.size() / 2), later.get(0), later.get(later.size() - 1));
        }
        double coldFloor = coldFloor(file);
        console.printf(Locale.ROOT, "floor in a JVM of its own, its first round: %,.0f posts/s; floor / check's "
                + "round 1: %.1fx%n", coldFloor, coldFloor / firstCheck);
    }

    private static final String FLOOR_ONLY = "--floor-only";

    /**
     * The floor's first round in a new JVM with this one's options, its own start-up excluded as check's is: the
     * rounds above compare check's first round, in which the JIT compiles check's code, with a floor whose code
     * (Jackson's parser, the pipeline) check's round compiled already.
     */
    private static double coldFloor(Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CheckThroughput.class.getName());
        command.add(file.toString());
        command.add(FLOOR_ONLY);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (child.waitFor() != 0 || !out.matches("\\d+")) {
            throw new IllegalStateException("the floor's JVM ended with status " + child.exitValue() + ": " + out);
        }
        return Double.parseDouble(out);
    }

    private static final int FLOOR_RUNS = 3;

    /**
     * The real texts of {@code bench/webbnyheter2012.jsonl} four times over (5,173 x 4 = 20,692 posts, each copy
     * with an id of its own), in an order shuffled with a fixed seed, written to a temporary file.
     */
    static Path realPosts() throws IOException {
        List<Post> texts = RealTextBenchmark.readPosts();
        List<String> lines = new ArrayList<>();
        for (int copy = 1; copy <= 4; copy++) {
            for (Post p : texts) {
                Map<String, Object> post = new LinkedHashMap<>();
                post.put("id", p.id() + "-" + copy);
                post.put("text", p.text());
                lines.add(MAPPER.writeValueAsString(post));
            }
        }
        java.util.Collections.shuffle(lines, new java.util.Random(20261129));
        Path file = Files.createTempFile("policykoll-real-posts", ".jsonl");
        file.toFile().deleteOnExit();
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** Posts per second from the first byte of output to the end: the first answer's post is not counted. */
    static double rate(long posts, long firstByte, long end) {
        return (posts - 1) / ((end - firstByte) / 1e9);
    }

    private static void floor(Path file, Floor floor, int threads, OutputStream sink)
            throws IOException, InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "floor");
            t.setDaemon(true);
            return t;
        });
        // the same pipeline as check's: chunks of the lines already read, a bounded queue of chunks
        BlockingQueue<Future<String[]>> queue = new ArrayBlockingQueue<>(threads * 8);
        Future<String[]> end = CompletableFuture.completedFuture(null);
        IOException[] readError = new IOException[1];
        Thread reader = new Thread(() -> {
            try (JsonLines r = JsonLines.forPosts(Files.newInputStream(file), PolicyEngine.DEFAULT_MAX_TEXT_LENGTH)) {
                for (List<JsonLines.Line> chunk = r.nextChunk(); chunk != null; chunk = r.nextChunk()) {
                    List<JsonLines.Line> lines = chunk;
                    queue.put(pool.submit(() -> {
                        String[] answers = new String[lines.size()];
                        for (int i = 0; i < answers.length; i++) {
                            answers[i] = answer(lines.get(i).text(), floor);
                        }
                        return answers;
                    }));
                }
            } catch (IOException e) {
                readError[0] = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                try {
                    queue.put(end); // also after a failure: the writer must not wait for ever
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "floor-reader");
        reader.setDaemon(true);
        reader.start();
        try (java.io.PrintWriter out = new java.io.PrintWriter(
                new java.io.OutputStreamWriter(sink, StandardCharsets.UTF_8))) {
            for (Future<String[]> f = queue.take(); f != end; f = queue.take()) {
                for (String a : f.get()) {
                    out.println(a);
                }
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (readError[0] != null) {
            throw readError[0];
        }
    }

    private static String answer(String line, Floor floor) throws IOException {
        Post post;
        try {
            post = PolicyJson.readPost(line);
        } catch (InvalidPostException e) {
            return "{\"error\":" + MAPPER.writeValueAsString(e.getMessage()) + "}";
        }
        int hits = floor.hits(post.text());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("postId", post.id());
        a.put("verdict", hits > 0 ? "advise" : "pass");
        a.put("findings", List.of());
        return MAPPER.writeValueAsString(a);
    }

    /**
     * An output that keeps nothing: when its first byte came ({@link System#nanoTime}) and how many lines (answers)
     * were written so far. Written by one thread; read by others.
     */
    static final class Counting extends OutputStream {
        volatile long first;
        volatile long lines;

        @Override
        public void write(int b) {
            mark();
            if (b == '\n') {
                lines++; // one writer
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            mark();
            long n = 0;
            for (int k = off; k < off + len; k++) {
                n += b[k] == '\n' ? 1 : 0;
            }
            lines += n; // one writer
        }

        private void mark() {
            if (first == 0) {
                first = System.nanoTime();
            }
        }
    }
}
