package io.github.policykoll.bench;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of one shared engine on one thread and on two, in alternating rounds in one JVM, over the 5,173
 * real texts of {@link RealTextBenchmark} (each round evaluates every text twice, split between the threads).
 *
 * <p>The rounds that count start once the JIT is done: on this project's code C2 compiles on one of the
 * machine's cores for the first 25 s or so of a process (about 23 s of compiling, the largest methods several
 * times over as their loops get compiled on the stack), and two threads measured meanwhile share the other
 * core (1.0-1.3x). So the texts are first evaluated, on one thread and on two in turn, until the JIT has spent
 * less than {@value #QUIET_PERCENT} % of a core compiling over {@value #QUIET_SECONDS} s (at most
 * {@value #MAX_WARM_UP_SECONDS} s); then ROUNDS rounds are measured and each is printed with the median ratio.
 *
 * <pre>java -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.ThreadScaling 20</pre>
 */
public final class ThreadScaling {
    private static final int QUIET_SECONDS = 5;
    private static final int QUIET_PERCENT = 1;
    private static final int MAX_WARM_UP_SECONDS = 180;

    private ThreadScaling() {
    }

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        if (rounds < 1) {
            System.err.println("ThreadScaling: ROUNDS must be 1 or more, not " + rounds);
            System.exit(2);
        }
        List<Post> posts = RealTextBenchmark.readPosts();
        AtomicLong findings = new AtomicLong();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            System.err.println("ThreadScaling: this JVM does not tell how long its JIT compiles (-Xint?), so it "
                    + "cannot wait for the JIT to finish");
            System.exit(2);
        }
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            long start = System.nanoTime();
            long windowStart = start;
            long windowCompiling = jit.getTotalCompilationTime();
            while (true) {
                postsPerSecond(engine, posts, 1, findings);
                postsPerSecond(engine, posts, 2, findings);
                long now = System.nanoTime();
                if (now - windowStart >= QUIET_SECONDS * 1_000_000_000L) {
                    long compiling = jit.getTotalCompilationTime() - windowCompiling; // ms
                    if (compiling * 100 < QUIET_PERCENT * (now - windowStart) / 1_000_000) {
                        break;
                    }
                    if (now - start >= MAX_WARM_UP_SECONDS * 1_000_000_000L) {
                        System.out.printf("the JIT still compiled %d ms in the last %d s: measured anyway%n",
                                compiling, QUIET_SECONDS);
                        break;
                    }
                    windowStart = now;
                    windowCompiling = jit.getTotalCompilationTime();
                }
            }
            System.out.printf(Locale.ROOT, "warm-up: %.0f s, until the JIT had compiled %,d ms in all%n",
                    (System.nanoTime() - start) / 1e9, jit.getTotalCompilationTime());
            List<Double> ratios = new ArrayList<>();
            long compilingBefore = jit.getTotalCompilationTime();
            for (int round = 1; round <= rounds; round++) {
                double one = postsPerSecond(engine, posts, 1, findings);
                double two = postsPerSecond(engine, posts, 2, findings);
                ratios.add(two / one);
                System.out.printf(Locale.ROOT, "round %d: one thread %,.0f posts/s, two threads %,.0f posts/s "
                        + "(%.2fx)%n", round, one, two, two / one);
            }
            ratios.sort(null);
            System.out.printf(Locale.ROOT, "two threads / one: median %.2fx (%.2f-%.2fx) over %d rounds; the JIT "
                    + "compiled %d ms meanwhile%n", ratios.get(ratios.size() / 2), ratios.get(0),
                    ratios.get(ratios.size() - 1), rounds, jit.getTotalCompilationTime() - compilingBefore);
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
