package io.github.policykoll.bench;

import io.github.policykoll.Evaluation;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.json.PolicyJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code evaluate} on 5,173 real Swedish texts (examples/src/main/resources/bench, Webbnyheter 2012, CC BY
 * 4.0), one text per call in turn, beside a floor run in the same process: lower-casing the same text,
 * splitting it into words and looking each word up once in a hash set of every word-list word. Sample
 * mode gives the distribution (p50, p90, p99, p99.9); run it with {@code -bm thrpt -t 2} for throughput
 * on two threads. Run (after {@code mvn -B -DskipTests package}):
 *
 * <pre>java -cp 'examples/target/classes:examples/target/lib/*' org.openjdk.jmh.Main RealTextBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RealTextBenchmark {
    PolicyEngine engine;
    Post[] posts;
    String[] texts;
    Floor floor;

    /** Each thread walks the texts on its own. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void setUp() {
        // long enough for evaluateLong's longest post; the limit changes nothing for shorter ones
        engine = PolicyEngine.builder().maxTextLength(1_000_000).build();
        List<Post> list = readPosts();
        posts = list.toArray(Post[]::new);
        texts = list.stream().map(Post::text).toArray(String[]::new);
        floor = new Floor();
    }

    static List<Post> readPosts() {
        List<Post> out = new ArrayList<>();
        try (InputStream in = RealTextBenchmark.class.getResourceAsStream("/bench/webbnyheter2012.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(PolicyJson.readPost(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.github.policykoll.json.InvalidPostException e) {
            throw new IllegalStateException("bench/webbnyheter2012.jsonl: " + e.getMessage(), e);
        }
        return out;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    /**
     * One text after another. Warmed up for 50 s (JMH's default), not the class's 10 s: the JIT compiles the rare
     * paths (a session, a rule firing) for 25-45 s on the real texts, and a shorter warm-up measures its
     * compilations and deoptimisations in the tail (p99 115-145 µs after 10 s, 72-82 µs after 50 s; see
     * docs/PERFORMANCE.md, ninth session).
     */
    @Benchmark
    @Warmup(iterations = 5, time = 10)
    @Measurement(iterations = 5, time = 10)
    public Evaluation evaluate(Cursor c) {
        Post p = posts[c.next];
        c.next = (c.next + 1) % posts.length;
        return engine.evaluate(p);
    }

    /** The floor: lower-case, split into words, one hash look-up per word. Timed as {@link #evaluate}. */
    @Benchmark
    @Warmup(iterations = 5, time = 10)
    @Measurement(iterations = 5, time = 10)
    public int floor(Cursor c) {
        String t = texts[c.next];
        c.next = (c.next + 1) % texts.length;
        return floor.hits(t);
    }

    /**
     * Cost per character: the texts run together into one post of {@code length} characters, from character
     * {@code from} of them (0 unless given: {@code -p from=0,200000,400000} measures posts of other texts).
     */
    @State(Scope.Benchmark)
    public static class LongPost {
        @Param({"1000", "10000", "100000", "1000000"})
        int length;
        @Param({"0"})
        int from;
        Post post;

        @Setup(Level.Trial)
        public void setUp() {
            post = Post.of(runTogether(from, length));
        }
    }

    /**
     * Characters {@code from} to {@code from + length} of the real texts run together, one space after each, from
     * the first again when they run out (the texts are about 874,000 characters in all).
     */
    static String runTogether(int from, int length) {
        StringBuilder sb = new StringBuilder(from + length + 400);
        List<Post> all = readPosts();
        for (int i = 0; sb.length() < from + length; i++) {
            sb.append(all.get(i % all.size()).text()).append(' ');
        }
        return sb.substring(from, from + length);
    }

    /**
     * The engine on one long post. Warmed up for 30 seconds: on this 2-core machine C2 goes on compiling (Drools'
     * network, the analysis' loops) for 20-30 seconds, and a post of 100,000 characters costs 25 ms in the first
     * two seconds, 6-7 ms after 16 (the warm-up this benchmark had until 2026-11-30) and 4-6 ms after 25.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 15, time = 2)
    public Evaluation evaluateLong(LongPost p) {
        return engine.evaluate(p.post);
    }

    /**
     * The floor on the same long post ({@link #floor}'s work): run beside {@link #evaluateLong}, the ratio says how
     * far the engine is from it whatever this machine's speed that hour.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 15, time = 2)
    public int floorLong(LongPost p) {
        return floor.hits(p.post.text());
    }
}
