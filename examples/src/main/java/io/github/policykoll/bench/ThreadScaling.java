package io.github.policykoll.bench;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of one shared engine on one thread and on two, in alternating rounds in one JVM, over the 5,173
 * real texts of {@link RealTextBenchmark} (each round evaluates every text twice, split between the threads).
 * Prints the last rounds, once the JIT has caught up (see {@link WarmDistribution}).
 *
 * <pre>java -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.ThreadScaling 40</pre>
 */
public final class ThreadScaling {
    private ThreadScaling() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<Post> posts = RealTextBenchmark.readPosts();
        AtomicLong findings = new AtomicLong();
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            for (int round = 1; round <= rounds; round++) {
                double one = postsPerSecond(engine, posts, 1, findings);
                double two = postsPerSecond(engine, posts, 2, findings);
                if (round > rounds - 6) {
                    System.out.printf("round %d: one thread %,.0f posts/s, two threads %,.0f posts/s (%.2fx)%n",
                            round, one, two, two / one);
                }
            }
        }
        System.out.printf("(%,d findings in all)%n", findings.get());
    }

    private static double postsPerSecond(PolicyEngine engine, List<Post> posts, int threads, AtomicLong findings)
            throws InterruptedException {
        Thread[] workers = new Thread[threads];
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers[t] = new Thread(() -> {
                long found = 0;
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = first; i < posts.size(); i += threads) {
                        found += engine.evaluate(posts.get(i)).findings().size();
                    }
                }
                findings.addAndGet(found);
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return 2.0 * posts.size() / ((System.nanoTime() - start) / 1e9);
    }
}
