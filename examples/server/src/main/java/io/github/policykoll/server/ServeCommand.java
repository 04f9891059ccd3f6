package io.github.policykoll.server;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.RulePackException;
import io.github.policykoll.cli.EngineOptions;
import io.github.policykoll.cli.Subcommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: the HTTP service and the composer page. */
@Command(name = "serve", description = {
    "Starts the HTTP service and the composer page (http://127.0.0.1:8080/ by default).",
    "",
    "POST /v1/evaluate (a post as JSON), POST /v1/evaluate/batch (JSON Lines, streamed), GET /v1/rules, "
        + "GET /v1/guidelines, GET /healthz, GET /metrics (Prometheus). Stops on Ctrl-C.",
    "",
    "Safe by default: listens on 127.0.0.1 only, no CORS, posts never logged. See docs/SERVER.md."})
public final class ServeCommand implements Subcommand {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 8080; 0: a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 for every network: use --token-file).")
    String host = "127.0.0.1";

    @CommandLine.Mixin
    EngineOptions engineOptions;

    @Option(names = "--watch", description = "With --rules: reload the rules when a file in DIR changes.")
    boolean watch;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Every /v1 call must send 'Authorization: Bearer <token>' with the token in FILE.")
    Path tokenFile;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "Let pages from this origin (e.g. https://intra.example.se) call the service (CORS).")
    String allowOrigin;

    @Option(names = "--decision-log", paramLabel = "FILE", description = {
        "Append one JSON line per decision to FILE (time, post id, verdict, rules, guidelines, rule pack, a "
            + "salted SHA-256 of the text; created readable by its owner only)."})
    Path decisionLog;

    @Option(names = "--log-text", description = "With --decision-log: write the post's text too (personal data).")
    boolean logText;

    /** For the launcher's class-data-sharing archive: start, answer a page and a post over HTTP, stop. */
    @Option(names = "--warm-up", hidden = true)
    boolean warmUp;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Path rulesDir = engineOptions.rulesDir();
        if (watch && rulesDir == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--watch needs --rules DIR");
        }
        if (logText && decisionLog == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--log-text needs --decision-log FILE");
        }
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port);
        }
        String token = null;
        if (tokenFile != null) {
            if (!Files.isReadable(tokenFile)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --token-file " + tokenFile);
            }
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            if (token.length() < 16) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "the token in " + tokenFile + " is too short: use at least 16 characters");
            }
        }
        long t0 = System.nanoTime();
        ServerMetrics metrics = new ServerMetrics();
        PolicyEngine.Builder builder = metrics.attach(engineOptions.builder(spec).watch(watch));
        PolicyEngine engine;
        try {
            engine = builder.build();
        } catch (RulePackException e) {
            return engineOptions.report(e, err);
        }
        long t1 = System.nanoTime();
        PolicyServer server;
        try {
            server = PolicyServer.start(engine, metrics, new PolicyServer.Options(host, port, token,
                    allowOrigin, decisionLog, logText));
        } catch (RuntimeException e) {
            engine.close();
            Throwable root = root(e);
            err.println(root instanceof java.net.BindException
                    ? "policykoll: cannot listen on " + host + ":" + port + ": " + root.getMessage()
                            + " (another program on that port? try --port)"
                    : "policykoll: cannot start the service: " + (root.getMessage() == null
                            ? root.getClass().getSimpleName() : root.getMessage()));
            return 2;
        } catch (IOException e) {
            engine.close();
            err.println("policykoll: cannot open the decision log " + decisionLog + ": " + e.getMessage());
            return 2;
        }
        LOG.debug("engine built in {} ms, service started in {} ms", (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        String shown = host.contains(":") ? "[" + host + "]" : host;
        err.println("policykoll: serving " + engine.rulePack().name() + " " + engine.rulePack().version() + " on http://"
                + shown + ":" + server.port() + "/  (Ctrl-C stops)");
        err.flush();
        if (warmUp) {
            try (server; engine) {
                return warmUp(server.port()) ? 0 : 1;
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException | RuntimeException e) {
                // shutting down anyway
            }
            engine.close();
            stopped.countDown();
        }, "policykoll-serve-stop"));
        stopped.await();
        return 0;
    }

    /** Requests what a user's first visit asks for, so that their classes are loaded (and archived). */
    private static boolean warmUp(int port) throws IOException {
        boolean ok = true;
        for (String path : new String[] {"/healthz", "/", "/app.js", "/app.css", "/v1/guidelines", "/v1/evaluate"}) {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(
                    "http://127.0.0.1:" + port + path).toURL().openConnection();
            if (path.equals("/v1/evaluate")) {
                c.setRequestMethod("POST");
                c.setDoOutput(true);
                c.setRequestProperty("Content-Type", "application/json");
                c.getOutputStream().write("{\"text\":\"Du är en idiot, ring 070-123 45 67.\"}"
                        .getBytes(StandardCharsets.UTF_8));
            }
            ok &= c.getResponseCode() == 200;
            c.getInputStream().readAllBytes();
            c.disconnect();
        }
        return ok;
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
