package io.github.policykoll.bench;

import io.github.policykoll.Evaluation;
import io.github.policykoll.PolicyEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: a fresh JVM builds the engine from the precompiled rule pack and evaluates one post.
 *
 * <pre>java -cp 'examples/target/classes:examples/target/lib/*' org.openjdk.jmh.Main StartupBenchmark</pre>
 *
 * <p>With the class-data-sharing archive the launcher writes ({@code examples/target/policykoll.jsa}), each fork
 * starts as {@code ./policykoll} does; the class path must then be the launcher's (the examples jar and
 * {@code examples/target/lib/*.jar}, in that order), or the JVM ignores the archive:
 *
 * <pre>cp="$(ls $PWD/examples/target/policykoll-examples-*.jar | grep -v -e -sources -e -javadoc):$(ls $PWD/examples/target/lib/*.jar | tr '\n' ':')"
 * java -cp "$cp" org.openjdk.jmh.Main StartupBenchmark -f 8 \
 *     -jvmArgsAppend "-XX:SharedArchiveFile=$PWD/examples/target/policykoll.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1"</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class StartupBenchmark {
    @Benchmark
    public Evaluation buildAndEvaluateOnce() {
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            return engine.evaluate(EvaluateBenchmark.SHORT);
        }
    }
}
