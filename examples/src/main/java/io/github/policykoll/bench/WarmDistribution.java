package io.github.policykoll.bench;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import java.util.Arrays;
import java.util.List;

/**
 * The latency of {@code evaluate} on the 5,173 real texts of {@link RealTextBenchmark} after a given amount of
 * warm-up, in one JVM: every text evaluated {@code ROUNDS} times in turn first, then 15 more times, each call
 * timed. Reports the distribution of all those calls and of each text's fastest call (its cost without the
 * machine's noise). It shows how much the JIT still gains after the few seconds of warm-up a JMH run gives:
 * the rare paths (a rule firing, a finding written) are compiled last.
 *
 * <pre>java -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.WarmDistribution 150</pre>
 */
public final class WarmDistribution {
    private static final int TIMED_ROUNDS = 15;

    private WarmDistribution() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 150;
        List<Post> posts = RealTextBenchmark.readPosts();
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            long consumed = 0; // every answer is used, so that the JIT cannot drop any of the work
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (Post p : posts) {
                    consumed += engine.evaluate(p).findings().size();
                }
            }
            long warm = System.nanoTime() - start;
            long[] best = new long[posts.size()];
            Arrays.fill(best, Long.MAX_VALUE);
            long[] all = new long[posts.size() * TIMED_ROUNDS];
            int n = 0;
            for (int r = 0; r < TIMED_ROUNDS; r++) {
                for (int i = 0; i < posts.size(); i++) {
                    long t0 = System.nanoTime();
                    consumed += engine.evaluate(posts.get(i)).findings().size();
                    long d = System.nanoTime() - t0;
                    all[n++] = d;
                    best[i] = Math.min(best[i], d);
                }
            }
            System.out.printf("warm-up: %,d evaluations in %.1f s (%,d findings in all)%n", (long) rounds * posts.size(),
                    warm / 1e9, consumed);
            Arrays.sort(all);
            System.out.printf("all %,d calls:       p50 %.1f µs, p90 %.1f, p99 %.1f, p99.9 %.1f, mean %.1f (%,.0f per second)%n",
                    n, at(all, 0.5), at(all, 0.9), at(all, 0.99), at(all, 0.999),
                    Arrays.stream(all).average().orElse(0) / 1e3, 1e9 / Arrays.stream(all).average().orElse(1));
            Arrays.sort(best);
            System.out.printf("fastest of %d per text: p50 %.1f µs, p90 %.1f, p99 %.1f, p99.9 %.1f%n", TIMED_ROUNDS,
                    at(best, 0.5), at(best, 0.9), at(best, 0.99), at(best, 0.999));
        }
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e3;
    }
}
