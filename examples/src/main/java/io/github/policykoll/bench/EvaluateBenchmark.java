package io.github.policykoll.bench;

import io.github.policykoll.Evaluation;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per {@code evaluate} with the real rule pack. Run (after {@code ./policykoll --help} or
 * {@code mvn -B -DskipTests package}):
 *
 * <pre>java -cp 'examples/target/classes:examples/target/lib/*' org.openjdk.jmh.Main EvaluateBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {
    /** An ordinary post of about 140 characters: the common case, no findings. */
    static final String SHORT = "Regionens nya budget satsar 2,4 miljarder på vården och SL. "
            + "Vi vill korta vårdköerna och anställa fler. Vad tycker du? #svpol";

    /** A longer post of about 900 characters with three findings (insult, "!!!", shortened link). */
    static final String LONG = ("I dag debatterade vi kollektivtrafiken i regionfullmäktige. Moderaternas förslag att "
            + "höja taxan slår mot dem som har minst. Vi vill i stället bygga ut tunnelbanan, öka turtätheten "
            + "på bussarna i ytterstaden och göra det billigare för unga och pensionärer att resa. ").repeat(3)
            + "Du är en idiot om du tror något annat!!! Läs mer på https://bit.ly/abc och ring 070-123 45 67.";

    PolicyEngine engine;
    Post shortPost;
    Post longPost;

    @Setup(Level.Trial)
    public void setUp() {
        engine = PolicyEngine.builder().build();
        shortPost = Post.of(SHORT);
        longPost = Post.of(LONG);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Evaluation evaluateShortPost() {
        return engine.evaluate(shortPost);
    }

    @Benchmark
    public Evaluation evaluateLongPost() {
        return engine.evaluate(longPost);
    }
}
