package io.github.policykoll.bench;

import io.github.policykoll.cli.Main;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the first round of {@code check FILE} is made of, 50 ms at a time from its first answer: the answers
 * written, the process's CPU time and the time the JIT spent compiling (summed over its compiler threads). Run it
 * with the JVM options the launcher gives {@code check FILE}, so that it compiles as {@code check} does:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.1 -XX:+UseParallelGC -Xmx384m \
 *     -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.FirstRound real</pre>
 *
 * <p>{@code real} checks the real posts of {@link CheckThroughput} (20,692); a file name checks that file. The last
 * line is the round's posts per second after the first answer, as {@link CheckThroughput} counts them, without a
 * floor: two builds compared over alternating processes (the session's start's core with this tool) give the
 * first round's difference.
 */
public final class FirstRound {
    private static final long STEP_MS = 50;

    private FirstRound() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: FirstRound FILE.jsonl|real");
            System.exit(2);
        }
        Path file = args[0].equals("real") ? CheckThroughput.realPosts() : Path.of(args[0]);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        CheckThroughput.Counting counting = new CheckThroughput.Counting();
        StringBuilder table = new StringBuilder();
        long[] totals = new long[3];
        Thread sampler = new Thread(() -> {
            long lastAnswers = 0;
            long lastCpu = 0;
            long lastJit = 0;
            boolean started = false;
            for (int step = 0; ; ) {
                boolean last = Thread.currentThread().isInterrupted(); // check has ended: one more line, the rest
                long a = counting.lines;
                long cpu = os.getProcessCpuTime() / 1_000_000;
                long compiling = jit.getTotalCompilationTime();
                if (started) {
                    step++;
                    table.append(String.format(Locale.ROOT, "%6d ms %8d %8d ms %8d ms%n", step * STEP_MS,
                            a - lastAnswers, cpu - lastCpu, compiling - lastJit));
                    totals[0] += a - lastAnswers;
                    totals[1] += cpu - lastCpu;
                    totals[2] += compiling - lastJit;
                }
                started |= a > 0;
                lastAnswers = a;
                lastCpu = cpu;
                lastJit = compiling;
                if (last) {
                    break;
                }
                try {
                    Thread.sleep(STEP_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "first-round-sampler");
        sampler.setDaemon(true);
        PrintStream console = System.out;
        System.setOut(new PrintStream(counting, false, StandardCharsets.UTF_8));
        sampler.start();
        int status;
        long end;
        try {
            status = Main.run("check", file.toString());
        } finally {
            end = System.nanoTime();
            System.setOut(console);
            sampler.interrupt();
            sampler.join();
        }
        if (status > 1) {
            throw new IllegalStateException("check ended with status " + status);
        }
        console.printf(Locale.ROOT, "%s: %d processors; after the first answers, per %d ms:%n", file,
                Runtime.getRuntime().availableProcessors(), STEP_MS);
        console.printf(Locale.ROOT, "%9s %8s %11s %11s%n", "until", "answers", "CPU", "compiling");
        console.print(table);
        console.printf(Locale.ROOT, "%9s %8d %8d ms %8d ms%n", "in all", totals[0], totals[1], totals[2]);
        console.printf(Locale.ROOT, "first round: %,.0f posts/s after the first answer (%.2f s)%n",
                CheckThroughput.rate(counting.lines, counting.first, end), (end - counting.first) / 1e9);
    }
}
