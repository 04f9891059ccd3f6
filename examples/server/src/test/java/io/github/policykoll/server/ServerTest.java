package io.github.policykoll.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.policykoll.PolicyEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on a free port, every endpoint called over HTTP as a client would. */
class ServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PolicyEngine engine;
    private static PolicyServer server;

    @BeforeAll
    static void start() throws IOException {
        ServerMetrics metrics = new ServerMetrics();
        engine = metrics.attach(PolicyEngine.builder().maxTextLength(2_000)).build();
        server = PolicyServer.start(engine, metrics, options(null, null, null, false));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        engine.close();
    }

    static PolicyServer.Options options(String token, String origin, Path log, boolean logText) {
        return new PolicyServer.Options("127.0.0.1", 0, token, origin, log, logText);
    }

    static HttpResponse<String> send(PolicyServer s, String method, String path, String type, String body,
            Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            b.header("Content-Type", type);
        }
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String type, String body) throws Exception {
        return send(server, "POST", path, type, body, Map.of());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send(server, "GET", path, null, null, Map.of());
    }

    @Test
    void evaluatesAPost() throws Exception {
        HttpResponse<String> r = post("/v1/evaluate", "application/json; charset=utf-8",
                "{\"id\":\"p-1\",\"text\":\"Du är en idiot, Kalle.\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("postId").asText()).isEqualTo("p-1");
        assertThat(e.get("verdict").asText()).isEqualTo("block");
        assertThat(e.get("findings").get(0).get("guidelineTitle").asText()).isEqualTo("Medverka inte i personangrepp");
        JsonNode span = e.get("findings").get(0).get("spans").get(0);
        assertThat(span.get("text").asText()).isEqualTo("idiot");
        assertThat(span.get("start").asInt()).isEqualTo(9);
        // the same answer as the library gives
        assertThat(r.body()).isEqualTo(io.github.policykoll.json.PolicyJson.write(engine.evaluate(
                io.github.policykoll.json.PolicyJson.readPost("{\"id\":\"p-1\",\"text\":\"Du är en idiot, Kalle.\"}"))));
    }

    @Test
    void ordinaryPoliticalTextPasses() throws Exception {
        HttpResponse<String> r = post("/v1/evaluate", "application/json",
                "{\"text\":\"Regionens nya budget satsar på vården. Vad tycker du?\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).get("verdict").asText()).isEqualTo("pass");
    }

    @Test
    void contractErrorsAre400WithOneSentence() throws Exception {
        for (String bad : List.of("not json", "{\"text\": 5}", "{}", "{\"text\":\"a\",\"text\":\"b\"}",
                "{\"text\":\"a\",\"platform\":\"myspace\"}", "[1,2]", "[".repeat(100))) {
            HttpResponse<String> r = post("/v1/evaluate", "application/json", bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            String error = JSON.readTree(r.body()).get("error").asText();
            assertThat(error).as(bad).isNotBlank().doesNotContain("Exception").doesNotContain("at com.");
        }
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/evaluate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"',
                    (byte) 0xC3, (byte) 0x28, '"', '}'}))
                .build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("the request body is not UTF-8");
    }

    @Test
    void tooLongIs413() throws Exception {
        HttpResponse<String> r = post("/v1/evaluate", "application/json",
                "{\"text\":\"" + "hej ".repeat(600) + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("the limit is 2,000");
        // a body far above any post's size is refused before it is read: the headers alone get the answer, the
        // body is never sent (a client that sends it all unasked may find the connection closed under it once the
        // server has answered, before it reads the answer)
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 200012\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 413 Payload Too Large");
        }
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        assertThat(post("/v1/evaluate", "text/plain", "{\"text\":\"hej\"}").statusCode()).isEqualTo(415);
        assertThat(post("/v1/evaluate", null, "{\"text\":\"hej\"}").statusCode()).isEqualTo(415);
        assertThat(post("/v1/evaluate/batch", "application/xml", "{\"text\":\"hej\"}").statusCode()).isEqualTo(415);
    }

    @Test
    void batchAnswersEveryLineInOrder() throws Exception {
        String body = "{\"id\":\"a\",\"text\":\"Välkommen till vårt möte i Kista!\"}\r\n"
                + "not json\n"
                + "\n"
                + "{\"id\":\"c\",\"text\":\"Du är en idiot.\"}\n"
                + "{\"id\":\"d\",\"text\":\"" + "x".repeat(2_500) + "\"}\n"
                + "{\"id\":\"e\",\"text\":\"Tack för att ni kom!\"}";
        HttpResponse<String> r = post("/v1/evaluate/batch", "application/x-ndjson", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        List<JsonNode> lines = new ArrayList<>();
        for (String l : r.body().split("\n")) {
            lines.add(JSON.readTree(l));
        }
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("postId").asText()).isEqualTo("a");
        assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(lines.get(3).get("verdict").asText()).isEqualTo("block");
        assertThat(lines.get(4).get("line").asInt()).isEqualTo(5);
        assertThat(lines.get(4).get("error").asText()).contains("the limit is 2,000");
        assertThat(lines.get(5).get("postId").asText()).isEqualTo("e");
    }

    @Test
    void batchIsStreamedAnswerByAnswer() throws Exception {
        // a raw HTTP/1.1 client: the first answer must arrive while the rest of the body is still unsent,
        // so a body of any size is never held in memory
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /v1/evaluate/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, "{\"id\":\"first\",\"text\":\"Du är en idiot.\"}\n");
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
            String line;
            String firstAnswer = null;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("{")) {
                    firstAnswer = line;
                    break;
                }
            }
            assertThat(firstAnswer).contains("\"postId\":\"first\"").contains("\"verdict\":\"block\"");
            chunk(out, "{\"id\":\"second\",\"text\":\"Hej!\"}\n");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String second = null;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("{")) {
                    second = line;
                    break;
                }
            }
            assertThat(second).contains("\"postId\":\"second\"").contains("\"verdict\":\"pass\"");
        }
    }

    private static void chunk(OutputStream out, String data) throws IOException {
        byte[] b = data.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(b.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(b);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void rulesGuidelinesHealthAndMetrics() throws Exception {
        JsonNode health = JSON.readTree(get("/healthz").body());
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("rulePack").get("name").asText()).isEqualTo("rules-sv");

        JsonNode rules = JSON.readTree(get("/v1/rules").body()).get("rules");
        assertThat(rules.size()).isEqualTo(engine.rules().size()).isGreaterThan(20);
        assertThat(rules.get(0).get("guideline").asText()).matches("SM-\\d\\.\\d");

        JsonNode guidelines = JSON.readTree(get("/v1/guidelines").body()).get("guidelines");
        assertThat(guidelines.size()).isEqualTo(23);
        JsonNode attacks = null;
        for (JsonNode g : guidelines) {
            if (g.get("id").asText().equals("SM-2.2")) {
                attacks = g;
            }
        }
        assertThat(attacks).isNotNull();
        assertThat(attacks.get("title").asText()).isEqualTo("Medverka inte i personangrepp");
        assertThat(attacks.get("levels").get(0).asText()).isEqualTo("block");
        assertThat(attacks.get("summary").asText()).isNotBlank();

        post("/v1/evaluate", "application/json", "{\"text\":\"Du är en idiot.\"}");
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("policykoll_evaluations_total{verdict=\"block\"}")
                .contains("policykoll_findings_total{guideline=\"SM-2.2\"}")
                .contains("policykoll_evaluation_seconds_bucket");
    }

    @Test
    void unknownPathsAnswerJson404() throws Exception {
        HttpResponse<String> r = get("/v1/nothing");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).get("error").asText()).contains("/v1/nothing");
    }

    @Test
    void thePageComesFromTheJarWithAStrictPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"sv\"").contains("/app.js").doesNotContain("http://")
                .doesNotContain("https://").doesNotContain("<script>").doesNotContain("style=");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(PolicyServer.CSP);
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
        assertThat(get("/app.css").statusCode()).isEqualTo(200);
        // no CORS unless asked for
        HttpResponse<String> r = send(server, "POST", "/v1/evaluate", "application/json", "{\"text\":\"hej\"}",
                Map.of("Origin", "https://evil.example"));
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aTokenIsNeededWhenOneIsSet() throws Exception {
        try (PolicyServer s = PolicyServer.start(engine, new ServerMetrics(),
                options("s3cret-token-0123456789", null, null, false))) {
            HttpResponse<String> none = send(s, "POST", "/v1/evaluate", "application/json", "{\"text\":\"hej\"}", Map.of());
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            HttpResponse<String> wrong = send(s, "GET", "/v1/rules", null, null,
                    Map.of("Authorization", "Bearer s3cret-token-0123456788"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            HttpResponse<String> right = send(s, "POST", "/v1/evaluate", "application/json", "{\"text\":\"hej\"}",
                    Map.of("Authorization", "Bearer s3cret-token-0123456789"));
            assertThat(right.statusCode()).isEqualTo(200);
            // the page and health need no token: they carry no posts
            assertThat(send(s, "GET", "/healthz", null, null, Map.of()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void corsOnlyForTheAllowedOrigin() throws Exception {
        try (PolicyServer s = PolicyServer.start(engine, new ServerMetrics(),
                options(null, "https://intra.example.se", null, false))) {
            HttpResponse<String> ok = send(s, "POST", "/v1/evaluate", "application/json", "{\"text\":\"hej\"}",
                    Map.of("Origin", "https://intra.example.se"));
            assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://intra.example.se");
            HttpResponse<String> preflight = send(s, "OPTIONS", "/v1/evaluate", null, null,
                    Map.of("Origin", "https://intra.example.se", "Access-Control-Request-Method", "POST"));
            assertThat(preflight.statusCode()).isEqualTo(204);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                    h -> assertThat(h).contains("Authorization"));
            HttpResponse<String> other = send(s, "POST", "/v1/evaluate", "application/json", "{\"text\":\"hej\"}",
                    Map.of("Origin", "https://evil.example"));
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test
    void headersAreBounded() throws Exception {
        HttpResponse<String> r = send(server, "GET", "/healthz", null, null,
                Map.of("X-Padding", "a".repeat(PolicyServer.MAX_HEADER_BYTES + 100)));
        assertThat(r.statusCode()).isEqualTo(431);
    }

    @Test
    void theDecisionLogKeepsNoTextAndIsTheOwners(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("beslut.jsonl");
        try (PolicyServer s = PolicyServer.start(engine, new ServerMetrics(), options(null, null, log, false))) {
            send(s, "POST", "/v1/evaluate", "application/json", "{\"id\":\"k-7\",\"text\":\"Du är en idiot.\"}", Map.of());
            send(s, "POST", "/v1/evaluate/batch", "application/x-ndjson", "{\"id\":\"k-8\",\"text\":\"Hej!\"}\n", Map.of());
        }
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(2);
        assertThat(String.join("\n", lines)).doesNotContain("idiot").doesNotContain("Hej!");
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("postId").asText()).isEqualTo("k-7");
        assertThat(first.get("verdict").asText()).isEqualTo("block");
        assertThat(first.get("rules").get(0).asText()).isEqualTo("sv.personangrepp.skallsord");
        assertThat(first.get("guidelines").get(0).asText()).isEqualTo("SM-2.2");
        assertThat(first.get("rulePack").get("name").asText()).isEqualTo("rules-sv");
        assertThat(first.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        // the hash can be made again from the text and the kept salt, so a complaint can be looked up
        String salt = Files.readString(dir.resolve("beslut.jsonl.salt"));
        java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
        d.update(salt.getBytes(StandardCharsets.US_ASCII));
        d.update("Du är en idiot.".getBytes(StandardCharsets.UTF_8));
        assertThat(first.get("textSha256").asText()).isEqualTo(java.util.HexFormat.of().formatHex(d.digest()));
        assertThat(JSON.readTree(lines.get(1)).get("source").asText()).isEqualTo("batch");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("beslut.jsonl.salt"))))
                .isEqualTo("rw-------");
    }

    @Test
    void theTextIsLoggedOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("beslut.jsonl");
        try (PolicyServer s = PolicyServer.start(engine, new ServerMetrics(), options(null, null, log, true))) {
            send(s, "POST", "/v1/evaluate", "application/json", "{\"text\":\"Du är en idiot.\"}", Map.of());
        }
        assertThat(JSON.readTree(Files.readAllLines(log).get(0)).get("text").asText()).isEqualTo("Du är en idiot.");
    }
}
