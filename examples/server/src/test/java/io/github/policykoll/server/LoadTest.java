package io.github.policykoll.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.json.PolicyJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on the real server over loopback: {@value #REQUESTS} requests of real Swedish texts (the
 * Webbnyheter corpus of the benchmarks) from {@value #CLIENTS} concurrent clients, every answer compared byte for
 * byte with the library's own. Throughput and latency percentiles go to target/load-test.txt and standard
 * output (docs/SERVER.md quotes them), then the same number paced at {@value #PACED_PER_SECOND} requests a second;
 * only correctness is asserted, as timings on a shared machine are not a test.
 */
class LoadTest {
    static final int REQUESTS = 20_000;
    static final int CLIENTS = 16;
    /** The paced phase's rate: about half of what this 2-core machine answers at saturation. */
    static final int PACED_PER_SECOND = 1_000;
    /** The benchmark corpus, kept once in the examples module (see its README for source and licence). */
    static final Path CORPUS = Path.of("../src/main/resources/bench/webbnyheter2012.jsonl");

    @Test
    void twentyThousandRequestsFromSixteenClientsAllRight() throws Exception {
        List<String> posts = Files.readAllLines(CORPUS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertThat(posts).hasSizeGreaterThan(2_000);
        try (PolicyEngine engine = PolicyEngine.builder().build();
                PolicyServer server = PolicyServer.start(engine, new ServerMetrics(),
                        new PolicyServer.Options("127.0.0.1", 0, null, null, null, false))) {
            String[] expected = new String[posts.size()];
            for (int i = 0; i < posts.size(); i++) {
                expected[i] = PolicyJson.write(engine.evaluate(PolicyJson.readPost(posts.get(i))));
            }
            String health = "{\"status\":\"ok\",\"rulePack\":{\"name\":\"" + engine.rulePack().name()
                    + "\",\"version\":\"" + engine.rulePack().version() + "\"},\"rules\":" + engine.rules().size() + "}";
            // warm-up: the JIT, not counted
            run(server.port(), "/v1/evaluate", posts, expected, 10_000, new long[10_000], 0);
            run(server.port(), "/healthz", null, new String[] {health}, 10_000, new long[10_000], 0);
            // the floor: the same server, client and load, answering GET /healthz (HTTP alone, no evaluation)
            long[] floor = new long[REQUESTS];
            long f0 = System.nanoTime();
            int floorWrong = run(server.port(), "/healthz", null, new String[] {health}, REQUESTS, floor, 0);
            double floorSeconds = (System.nanoTime() - f0) / 1e9;
            long[] latencies = new long[REQUESTS];
            long t0 = System.nanoTime();
            int wrong = run(server.port(), "/v1/evaluate", posts, expected, REQUESTS, latencies, 0);
            double seconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(latencies);
            Arrays.sort(floor);
            String report = String.format(Locale.ROOT,
                    "load test: %d requests of %d real texts from %d clients in %.2f s: %.0f requests/s; "
                            + "latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; wrong or failed: %d%n"
                            + "floor (GET /healthz, same load): %.0f requests/s; p50 %.2f ms, p99 %.2f ms; "
                            + "evaluate/floor: %.2fx the p99, %.2fx the throughput%n",
                    REQUESTS, posts.size(), CLIENTS, seconds, REQUESTS / seconds, ms(latencies, 0.50),
                    ms(latencies, 0.90), ms(latencies, 0.99), ms(latencies, 0.999), latencies[REQUESTS - 1] / 1e6, wrong,
                    REQUESTS / floorSeconds, ms(floor, 0.50), ms(floor, 0.99), ms(latencies, 0.99) / ms(floor, 0.99),
                    (REQUESTS / seconds) / (REQUESTS / floorSeconds));
            System.out.print(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-test.txt"), report);
            // the same requests paced at a steady rate below saturation, latency counted from when each request
            // was due (so a stall delays the requests behind it and is not hidden)
            long[] paced = new long[REQUESTS];
            int pacedWrong = run(server.port(), "/v1/evaluate", posts, expected, REQUESTS, paced, PACED_PER_SECOND);
            Arrays.sort(paced);
            String pacedReport = String.format(Locale.ROOT,
                    "paced: %d requests at %d/s from %d clients: latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
                            + "p99.9 %.2f ms, max %.2f ms; wrong or failed: %d%n",
                    REQUESTS, PACED_PER_SECOND, CLIENTS, ms(paced, 0.50), ms(paced, 0.90), ms(paced, 0.99),
                    ms(paced, 0.999), paced[REQUESTS - 1] / 1e6, pacedWrong);
            System.out.print(pacedReport);
            Files.writeString(Path.of("target", "load-test.txt"), report + pacedReport);
            assertThat(wrong).as("answers that were not 200 with the library's own evaluation").isZero();
            assertThat(floorWrong).isZero();
            assertThat(pacedWrong).isZero();
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /**
     * Sends {@code n} requests from {@link #CLIENTS} threads, each on its own kept-alive connection (a minimal
     * HTTP/1.1 client: the JDK's HttpClient costs more CPU per request than the service itself, and it shares
     * the two cores with it), as fast as the answers come or, with {@code perSecond > 0}, each request at its due
     * time, its latency then counted from that time. Returns how many answers were wrong.
     */
    private static int run(int port, String path, List<String> posts, String[] expected, int n, long[] latencies,
            int perSecond) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        long start = System.nanoTime() + 50_000_000L;
        long interval = perSecond > 0 ? 1_000_000_000L / perSecond : 0;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                done.add(clients.submit(() -> {
                    try (Connection conn = new Connection(port)) {
                        for (int i = interval > 0 ? client : next.getAndIncrement(); i < n;
                                i = interval > 0 ? i + CLIENTS : next.getAndIncrement()) {
                            long t = interval > 0 ? start + i * interval : System.nanoTime();
                            for (long wait = t - System.nanoTime(); wait > 0; wait = t - System.nanoTime()) {
                                java.util.concurrent.locks.LockSupport.parkNanos(wait);
                            }
                            int p = i % expected.length;
                            Connection.Answer a = conn.send(path, posts == null ? null : posts.get(p));
                            latencies[i] = System.nanoTime() - t;
                            if (a.status() != 200 || !a.body().equals(expected[p])) {
                                wrong.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return wrong.get();
    }

    /** One kept-alive HTTP/1.1 connection that posts JSON and reads answers with a Content-Length. */
    static final class Connection implements AutoCloseable {
        record Answer(int status, String body) {
        }

        private final java.net.Socket socket;
        private final java.io.BufferedOutputStream out;
        private final java.io.BufferedInputStream in;

        Connection(int port) throws java.io.IOException {
            socket = new java.net.Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        /** POSTs {@code json}, or GETs when it is null. */
        Answer send(String path, String json) throws java.io.IOException {
            if (json == null) {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            } else {
                byte[] body = json.getBytes(StandardCharsets.UTF_8);
                out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
            }
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.split(" ")[1]);
            int length = -1;
            for (String h = line(); !h.isEmpty(); h = line()) {
                if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(h.substring(15).strip());
                }
            }
            if (length < 0) {
                throw new java.io.IOException("no Content-Length in the answer");
            }
            return new Answer(code, new String(in.readNBytes(length), StandardCharsets.UTF_8));
        }

        private String line() throws java.io.IOException {
            StringBuilder b = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("the server closed the connection");
                }
                if (c != '\r') {
                    b.append((char) c);
                }
            }
            return b.toString();
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }
}
