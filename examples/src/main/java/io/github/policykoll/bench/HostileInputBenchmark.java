package io.github.policykoll.bench;

import io.github.policykoll.Evaluation;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import java.util.Map;
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
 * Posts built to be slow, at 100,000 characters (the default limit) and 1 MB: time per post, so that the
 * 1 MB / 100 KB ratio shows whether cost per character stays flat. Each family repeats one short piece:
 * mentions, combining marks, phone numbers, eye-roll emoji, disguised insults, insults with exclamation
 * marks, invisible characters. Run (after {@code mvn -B -DskipTests package}):
 *
 * <pre>java -cp 'examples/target/classes:examples/target/lib/*' org.openjdk.jmh.Main HostileInputBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class HostileInputBenchmark {
    private static final Map<String, String> PIECES = Map.of(
            "mentions", "@anna hej. ",
            "marks", "a\u0301\u0316",
            "phones", "Ring hans mobil 070-123 45 67. ",
            "eyeroll", "\uD83D\uDE44",
            "leet", "Du är en 1d10t. ",
            "insults", "Du är en idiot! ",
            "invisible", "id\u200Biot ");

    @Param({"mentions", "marks", "phones", "eyeroll", "leet", "insults", "invisible"})
    String family;

    @Param({"10000", "100000", "1000000"})
    int length;

    PolicyEngine engine;
    Post post;

    @Setup(Level.Trial)
    public void setUp() {
        engine = PolicyEngine.builder().maxTextLength(length).build();
        String piece = PIECES.get(family);
        String text = piece.repeat(length / piece.length() + 1).substring(0, length);
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            text = text.substring(0, text.length() - 1);
        }
        post = Post.of(text);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Evaluation evaluate() {
        return engine.evaluate(post);
    }
}
