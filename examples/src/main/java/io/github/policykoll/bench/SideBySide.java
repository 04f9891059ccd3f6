package io.github.policykoll.bench;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds of policykoll measured in one JVM, in alternating rounds over the 5,173 real texts of
 * {@link RealTextBenchmark}: each build gets a class loader of its own ({@code examples/target/lib/*.jar} of
 * its checkout) and the rounds take turns, so that the noise of a shared machine hits both alike. Reports
 * CPU time per post (the thread's CPU time, which time stolen by other virtual machines does not inflate)
 * and the median of the second half of the rounds, and the median ratio of B's round to the A round just
 * before it (the ratio is steadier than either median when the machine's speed swings). Both checkouts must have
 * been built with
 * {@code mvn -B -DskipTests package}. With a fourth argument, LENGTH, the texts are run together and cut into
 * posts of LENGTH characters (cost per character); with a fifth, {@code first}, only the first of them is
 * evaluated, again and again, as {@code RealTextBenchmark.evaluateLong} does (the engine then keeps that one
 * post's words, not those of all the texts); with {@code fresh} instead, each round gets a new engine (built
 * outside the time taken), so that every round works out the texts' words anew, as one run of {@code check} does.
 *
 * <pre>java -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.SideBySide /tmp/base . 40
 * java -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.SideBySide /tmp/base . 40 100000
 * java -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.SideBySide /tmp/base . 40 100000 first
 * java -XX:TieredStopAtLevel=1 -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.SideBySide /tmp/base . 40 0 fresh</pre>
 */
public final class SideBySide {
    private SideBySide() {
    }

    /** One build's side: the engine and the texts, loaded by that build's class loader. */
    public static final class Side {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static PolicyEngine engine;
        private static Post[] posts;

        private Side() {
        }

        public static void init(int length, boolean firstOnly) {
            List<Post> texts = RealTextBenchmark.readPosts();
            if (firstOnly) {
                // evaluateLong's one post, as many times a round as make a million characters
                Post first = Post.of(RealTextBenchmark.runTogether(0, length));
                posts = new Post[Math.max(1, 1_000_000 / length)];
                Arrays.fill(posts, first);
            } else if (length <= 0) {
                posts = texts.toArray(Post[]::new);
            } else {
                StringBuilder all = new StringBuilder();
                texts.forEach(t -> all.append(t.text()).append(' '));
                List<Post> cut = new ArrayList<>();
                for (int at = 0; at + length <= all.length() || cut.isEmpty(); at += length) {
                    cut.add(Post.of(all.substring(at, Math.min(all.length(), at + length))));
                }
                posts = cut.toArray(Post[]::new);
            }
            engine = PolicyEngine.builder().build();
        }

        /** A new engine, as each run of {@code check} builds: its word table starts empty. */
        public static void fresh() {
            engine.close();
            engine = PolicyEngine.builder().build();
        }

        public static int size() {
            return posts.length;
        }

        /** Evaluates every text once: {CPU ns, wall ns, findings, bytes allocated}. */
        public static long[] round() {
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) THREADS;
            long bytes = mx.getCurrentThreadAllocatedBytes();
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            long findings = 0;
            for (Post p : posts) {
                findings += engine.evaluate(p).findings().size();
            }
            long cpuUsed = THREADS.getCurrentThreadCpuTime() - cpu;
            long wallUsed = System.nanoTime() - wall;
            return new long[] {cpuUsed, wallUsed, findings, mx.getCurrentThreadAllocatedBytes() - bytes};
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SideBySide CHECKOUT_A CHECKOUT_B [ROUNDS [LENGTH [first|fresh]]]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        int length = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        boolean firstOnly = args.length > 4 && args[4].equals("first");
        boolean fresh = args.length > 4 && args[4].equals("fresh");
        URL self = SideBySide.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader[] loaders = new ClassLoader[2];
        Method[] round = new Method[2];
        Method[] renew = new Method[2];
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>();
            urls.add(self); // this class and the texts; the engine comes from the checkout's jars
            try (Stream<Path> jars = Files.list(Path.of(args[k], "examples/target/lib"))) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(jar.toUri().toURL());
                }
            }
            loaders[k] = new Isolated(urls.toArray(URL[]::new));
            Thread.currentThread().setContextClassLoader(loaders[k]);
            Class<?> side = Class.forName(Side.class.getName(), true, loaders[k]);
            side.getMethod("init", int.class, boolean.class).invoke(null, length, firstOnly);
            round[k] = side.getMethod("round");
            renew[k] = side.getMethod("fresh");
        }
        int texts = (int) Class.forName(Side.class.getName(), true, loaders[0]).getMethod("size").invoke(null);
        double[][] cpu = new double[2][rounds];
        long[] findings = new long[2];
        long[] allocated = new long[2];
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < 2; k++) {
                Thread.currentThread().setContextClassLoader(loaders[k]);
                if (fresh) {
                    renew[k].invoke(null);
                }
                long[] t = (long[]) round[k].invoke(null);
                cpu[k][i] = t[0] / 1000.0 / texts;
                findings[k] = t[2];
                allocated[k] = t[3] / texts;
            }
        }
        for (int k = 0; k < 2; k++) {
            double[] last = Arrays.copyOfRange(cpu[k], rounds / 2, rounds);
            Arrays.sort(last);
            System.out.printf("%s: median %.1f µs CPU per post (rounds %d-%d: min %.1f, max %.1f), %,d bytes allocated"
                    + " per post, %d findings%n", args[k], last[last.length / 2], rounds / 2 + 1, rounds, last[0],
                    last[last.length - 1], allocated[k], findings[k]);
        }
        // each round of B ran right after A's: their ratio cancels the slow swings a shared machine goes through
        double[] ratio = new double[rounds - rounds / 2];
        for (int i = rounds / 2; i < rounds; i++) {
            ratio[i - rounds / 2] = cpu[1][i] / cpu[0][i];
        }
        Arrays.sort(ratio);
        System.out.printf("%s / %s, round by round: median %.3f (quartiles %.3f and %.3f)%n", args[1], args[0],
                ratio[ratio.length / 2], ratio[ratio.length / 4], ratio[ratio.length * 3 / 4]);
    }

    /** Sees only the JDK and its own jars: the two builds share no class but the JDK's. */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }
    }
}
