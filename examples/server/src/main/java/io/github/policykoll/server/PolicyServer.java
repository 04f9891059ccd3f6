package io.github.policykoll.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policykoll.Evaluation;
import io.github.policykoll.Guideline;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.PostTooLongException;
import io.github.policykoll.RuleInfo;
import io.github.policykoll.internal.JsonLines;
import io.github.policykoll.json.InvalidPostException;
import io.github.policykoll.json.PolicyJson;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service of {@code ./policykoll serve}, on Javalin (Jetty 12): the contract's evaluation as JSON
 * and as streamed JSON Lines, the rules and guidelines, health, Prometheus metrics, and the composer page.
 * Safe by default: loopback only, no CORS, optional bearer token, bounded bodies and headers, a strict
 * Content-Security-Policy, posts never logged above DEBUG.
 */
final class PolicyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyServer.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The page and its script and style come from the jar; nothing else may be loaded or framed. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    static final Set<String> BATCH_TYPES = Set.of("application/x-ndjson", "application/jsonl",
            "application/jsonlines", "application/json-lines", "text/plain");
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /**
     * How the service runs.
     *
     * @param host        the address to bind (default {@code 127.0.0.1})
     * @param port        the port; 0 picks a free one
     * @param token       the bearer token every {@code /v1} call must carry, or null for none
     * @param allowOrigin the one origin allowed to call from a browser (CORS), or null for none
     * @param decisionLog the decision log file, or null for none
     * @param logText     write the post's text into the decision log
     */
    record Options(String host, int port, String token, String allowOrigin, Path decisionLog,
            boolean logText) {
        static Options defaults() {
            return new Options("127.0.0.1", 8080, null, null, null, false);
        }
    }

    private final PolicyEngine engine;
    private final ServerMetrics metrics;
    private final Options options;
    private final DecisionLog log;
    private final byte[] token;
    private final long maxBodyBytes;
    private final Javalin app;

    private PolicyServer(PolicyEngine engine, ServerMetrics metrics, Options options) throws IOException {
        this.engine = engine;
        this.metrics = metrics;
        this.options = options;
        this.token = options.token() == null ? null : options.token().getBytes(StandardCharsets.UTF_8);
        this.maxBodyBytes = JsonLines.maxLineBytes(engine.maxTextLength());
        this.log = options.decisionLog() == null ? null
                : new DecisionLog(options.decisionLog(), options.logText(), Clock.systemUTC());
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = options.host();
            cfg.jetty.port = options.port();
            cfg.http.maxRequestSize = maxBodyBytes;
            cfg.jetty.modifyHttpConfiguration(h -> {
                h.setRequestHeaderSize(MAX_HEADER_BYTES);
                h.setSendServerVersion(false);
            });
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/io/github/policykoll/server/web";
                sf.location = Location.CLASSPATH;
            });
            cfg.routes.before(this::securityHeaders);
            cfg.routes.before("/v1/*", this::authorize);
            cfg.routes.get("/healthz", this::health);
            cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            cfg.routes.get("/v1/rules", this::rules);
            cfg.routes.get("/v1/guidelines", ctx -> json(ctx, 200, guidelinesJson(engine.guidelines())));
            cfg.routes.post("/v1/evaluate", this::evaluate);
            cfg.routes.post("/v1/evaluate/batch", this::batch);
            cfg.routes.exception(ApiError.class, (e, ctx) -> {
                metrics.rejected(e.status);
                json(ctx, e.status, error(e.getMessage()));
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request failed: {}", e.toString());
                LOG.debug("request failed", e);
                metrics.rejected(500);
                json(ctx, 500, error("the service failed to answer: " + e.getClass().getSimpleName()));
            });
            cfg.routes.error(404, "*", ctx -> json(ctx, 404, error("no such page: " + ctx.method() + " "
                    + ctx.path())));
            cfg.routes.error(405, "*", ctx -> json(ctx, 405, error(ctx.method() + " is not allowed on " + ctx.path())));
        });
    }

    /** Starts the service; {@link #port()} tells where it listens. */
    static PolicyServer start(PolicyEngine engine, ServerMetrics metrics, Options options) throws IOException {
        PolicyServer s = new PolicyServer(engine, metrics, options);
        s.app.start();
        return s;
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        if (log != null) {
            log.close();
        }
    }

    private void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        String origin = ctx.header("Origin");
        if (options.allowOrigin() != null && options.allowOrigin().equals(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
            if ("OPTIONS".equals(ctx.method().name())) {
                ctx.header("Access-Control-Allow-Methods", "GET, POST");
                ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
                ctx.header("Access-Control-Max-Age", "600");
                ctx.status(204).skipRemainingHandlers();
            }
        }
    }

    private void authorize(Context ctx) {
        if (token == null || "OPTIONS".equals(ctx.method().name())) {
            return;
        }
        String h = ctx.header("Authorization");
        byte[] given = h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)
                ? h.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) { // constant time for equal lengths
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "this service needs 'Authorization: Bearer <token>' with the token of --token-file");
        }
    }

    private void health(Context ctx) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("status", "ok");
        n.putObject("rulePack").put("name", engine.rulePack().name()).put("version", engine.rulePack().version());
        n.put("rules", engine.rules().size());
        json(ctx, 200, n.toString());
    }

    private void rules(Context ctx) {
        ArrayNode a = MAPPER.createArrayNode();
        for (RuleInfo r : engine.rules()) {
            ObjectNode n = a.addObject();
            n.put("id", r.id());
            n.put("name", r.name());
            n.put("guideline", r.guideline());
            n.put("severity", r.severity().id());
            n.put("message", r.message());
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("rulePack").put("name", engine.rulePack().name()).put("version", engine.rulePack().version());
        root.set("rules", a);
        json(ctx, 200, root.toString());
    }

    private static String guidelinesJson(List<Guideline> guidelines) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Guideline g : guidelines) {
            ObjectNode n = a.addObject().put("id", g.id()).put("title", g.title()).put("summary", g.summary());
            ArrayNode levels = n.putArray("levels");
            g.levels().forEach(l -> levels.add(l.id()));
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("guidelines", a);
        return root.toString();
    }

    private void evaluate(Context ctx) throws IOException {
        requireType(ctx, Set.of("application/json"), "send the post as Content-Type: application/json");
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw new ApiError(413, "the request body is " + declared + " bytes, more than the " + maxBodyBytes
                    + " a post can take (see --max-text-length)");
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) maxBodyBytes + 1);
        }
        if (body.length > maxBodyBytes) {
            throw new ApiError(413, "the request body is more than the " + maxBodyBytes
                    + " bytes a post can take (see --max-text-length)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiError(400, "the request body is not UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Post post;
        try {
            post = PolicyJson.readPost(text);
        } catch (InvalidPostException e) {
            throw new ApiError(400, e.getMessage());
        }
        Evaluation ev;
        try {
            ev = evaluate(post);
        } catch (PostTooLongException e) {
            throw new ApiError(413, e.getMessage() + " (see --max-text-length)");
        }
        if (log != null) {
            log.write(post, ev, "evaluate");
        }
        json(ctx, 200, PolicyJson.write(ev));
    }

    /**
     * JSON Lines in, JSON Lines out, streamed: each line is read, evaluated and answered in turn, so a body of
     * any size is never held in memory; a broken line gets {@code {"line": N, "error": "..."}} in its place.
     */
    private void batch(Context ctx) throws IOException {
        requireType(ctx, BATCH_TYPES, "send JSON Lines as Content-Type: application/x-ndjson");
        ctx.status(200).contentType("application/x-ndjson; charset=utf-8");
        InputStream raw = ctx.req().getInputStream();
        try (JsonLines lines = JsonLines.forPosts(raw, engine.maxTextLength());
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(),
                        StandardCharsets.UTF_8), 16 * 1024)) {
            for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                out.write(answer(line));
                out.write('\n');
                if (raw.available() <= 0) {
                    out.flush(); // nothing more has arrived yet: let the client see what is ready
                }
            }
        }
    }

    private String answer(JsonLines.Line line) {
        if (line.error() != null) {
            metrics.rejected(400);
            return PolicyJson.errorLine(line.number(), line.error());
        }
        try {
            Post post = PolicyJson.readPost(line.text());
            Evaluation ev = evaluate(post);
            if (log != null) {
                log.write(post, ev, "batch");
            }
            return PolicyJson.write(ev);
        } catch (InvalidPostException e) {
            metrics.rejected(400);
            return PolicyJson.errorLine(line.number(), e.getMessage());
        } catch (PostTooLongException e) {
            metrics.rejected(413);
            return PolicyJson.errorLine(line.number(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("evaluation of batch line {} failed: {}", line.number(), e.toString());
            metrics.rejected(500);
            return PolicyJson.errorLine(line.number(), "evaluation failed: " + e.getClass().getSimpleName());
        }
    }

    /** Evaluates; the engine's listener ({@link ServerMetrics#attach}) counts and times it. */
    private Evaluation evaluate(Post post) {
        Evaluation ev = engine.evaluate(post);
        LOG.debug("post {} evaluated: {} ({} findings)", post.id(), ev.verdict().id(), ev.findings().size());
        return ev;
    }

    private static void requireType(Context ctx, Set<String> types, String message) {
        String type = ctx.header("Content-Type");
        String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!types.contains(bare)) {
            throw new ApiError(415, message + (type == null ? "" : ", not " + bare));
        }
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body);
    }

    static String error(String message) {
        return MAPPER.createObjectNode().put("error", message).toString();
    }

    /** A request the service refuses, answered with {@code status} and {@code {"error": message}}. */
    static final class ApiError extends RuntimeException {
        final int status;

        ApiError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
