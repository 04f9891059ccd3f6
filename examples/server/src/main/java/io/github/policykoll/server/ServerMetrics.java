package io.github.policykoll.server;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.PolicyEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.github.policykoll.Verdict;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The service's metrics in Prometheus' text format: evaluations by verdict, findings by guideline, the
 * latency of an evaluation as a histogram, requests answered with an error by status, and rule reloads.
 */
final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer latency = Timer.builder("policykoll.evaluation")
            .description("Time to evaluate one post")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(10_000))
            .maximumExpectedValue(Duration.ofSeconds(2))
            .register(registry);

    /** Counts and times every evaluation of the engine {@code b} builds, and its reloads, good and broken. */
    PolicyEngine.Builder attach(PolicyEngine.Builder b) {
        return b.onEvaluation(this::evaluated)
                .onReload(PolicyEngine.ReloadListener.of(pack -> reload("ok"), problems -> reload("failed")));
    }

    void reload(String result) {
        Counter.builder("policykoll.reloads").description("Reloads of the rule directory")
                .tag("result", result).register(registry).increment();
    }

    /** The meters an evaluation touches, looked up once instead of on every evaluation. */
    private final Map<Verdict, Counter> byVerdict = new EnumMap<>(Verdict.class);
    private final Map<String, Counter> byGuideline = new ConcurrentHashMap<>();

    {
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v, Counter.builder("policykoll.evaluations").description("Posts evaluated, by verdict")
                    .tag("verdict", v.id()).register(registry));
        }
    }

    void evaluated(Evaluation e, long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
        byVerdict.get(e.verdict()).increment();
        for (Finding f : e.findings()) {
            byGuideline.computeIfAbsent(f.guideline(), g -> Counter.builder("policykoll.findings")
                    .description("Findings, by guideline").tag("guideline", g).register(registry)).increment();
        }
    }

    void rejected(int status) {
        Counter.builder("policykoll.rejected").description("Requests or batch lines answered with an error, by status")
                .tag("status", Integer.toString(status)).register(registry).increment();
    }

    String scrape() {
        return registry.scrape();
    }
}
