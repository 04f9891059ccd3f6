package io.github.policykoll.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policykoll.PolicyEngine;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s command line, and the service on a rule directory that changes under it. */
class ServeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void startsAnswersAndStops() {
        AuditCommandTest.Run r = AuditCommandTest.run("serve", "--port", "0", "--warm-up");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("policykoll: serving rules-sv").contains("http://127.0.0.1:");
    }

    @Test
    void saysWhatIsWrongWithTheOptions(@TempDir Path dir) throws Exception {
        assertThat(AuditCommandTest.run("serve", "--watch").err()).contains("--watch needs --rules DIR");
        assertThat(AuditCommandTest.run("serve", "--log-text").err()).contains("--log-text needs --decision-log FILE");
        assertThat(AuditCommandTest.run("serve", "--port", "70000").err()).contains("--port must be 0 to 65535");
        Path shortToken = Files.writeString(dir.resolve("token"), "abc\n");
        AuditCommandTest.Run r = AuditCommandTest.run("serve", "--token-file", shortToken.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("too short");
        assertThat(AuditCommandTest.run("serve", "--token-file", dir.resolve("none").toString()).err())
                .contains("cannot read --token-file");
        AuditCommandTest.Run log = AuditCommandTest.run("serve", "--port", "0", "--decision-log",
                dir.resolve("no/such/dir/log.jsonl").toString());
        assertThat(log.status()).isEqualTo(2);
        assertThat(log.err()).contains("cannot open the decision log");
    }

    @Test
    void aPortInUseIsSaidPlainly() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            AuditCommandTest.Run r = AuditCommandTest.run("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("try --port");
        }
    }

    /** {@code --rules DIR --watch}: an edited rule file is in use without a restart, and the reload is counted. */
    @Test
    void reloadsAWatchedRuleDirectory(@TempDir Path dir) throws Exception {
        Path source = Path.of("../../rules-sv/src/main/resources");
        copy(source.resolve("regler"), dir.resolve("regler"));
        copy(source.resolve("policy"), dir.resolve("policy"));
        ServerMetrics metrics = new ServerMetrics();
        try (PolicyEngine engine = metrics.attach(PolicyEngine.builder().rulesDirectory(dir.resolve("regler"))
                .watch(true)).build();
                PolicyServer server = PolicyServer.start(engine, metrics,
                        new PolicyServer.Options("127.0.0.1", 0, null, null, null, false))) {
            String before = ServerTest.send(server, "GET", "/healthz", null, null, Map.of()).body();
            assertThat(JSON.readTree(before).get("rulePack").get("version").asText()).isEqualTo("local-1");
            assertThat(JSON.readTree(ServerTest.send(server, "GET", "/v1/guidelines", null, null, Map.of()).body())
                    .get("guidelines").size()).isEqualTo(23);
            Path file = dir.resolve("regler/2-oppen-positiv.drl");
            Files.writeString(file, Files.readString(file) + "\n// ändrad\n");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            String version = "local-1";
            while (version.equals("local-1") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                HttpResponse<String> h = ServerTest.send(server, "GET", "/healthz", null, null, Map.of());
                version = JSON.readTree(h.body()).get("rulePack").get("version").asText();
            }
            assertThat(version).isEqualTo("local-2");
            // the listener counts a reload once the new rules are in use (PolicyEngine.ReloadListener), so the
            // count may come a moment after /healthz shows the new version
            String counted = "policykoll_reloads_total{result=\"ok\"}";
            String metricsBody = ServerTest.send(server, "GET", "/metrics", null, null, Map.of()).body();
            while (!metricsBody.contains(counted) && System.nanoTime() < deadline) {
                Thread.sleep(50);
                metricsBody = ServerTest.send(server, "GET", "/metrics", null, null, Map.of()).body();
            }
            assertThat(metricsBody).contains("policykoll_reloads_total{result=\"ok\"} 1.0");
            HttpResponse<String> r = ServerTest.send(server, "POST", "/v1/evaluate", "application/json",
                    "{\"text\":\"Du är en idiot.\"}", Map.of());
            assertThat(JSON.readTree(r.body()).get("rulePack").get("version").asText()).isEqualTo("local-2");
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
