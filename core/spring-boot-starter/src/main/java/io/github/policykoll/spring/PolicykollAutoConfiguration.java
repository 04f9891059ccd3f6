package io.github.policykoll.spring;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.PolicyEngine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.github.policykoll.Verdict;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A {@link PolicyEngine} bean for any Spring Boot application that has policykoll-core and a rule pack on its
 * classpath, configured by {@link PolicykollProperties} and closed when the application stops. An application
 * that defines its own {@code PolicyEngine} bean keeps it. With Micrometer, evaluations are timed by verdict
 * ({@code policykoll.evaluation}), findings counted by guideline ({@code policykoll.findings}) and reloads by
 * result ({@code policykoll.reloads}); with Actuator, a health indicator ({@code policykoll}) names the rule pack.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass(PolicyEngine.class)
@EnableConfigurationProperties(PolicykollProperties.class)
public class PolicykollAutoConfiguration {
    /**
     * The engine.
     *
     * @param properties the {@code policykoll.*} properties
     * @param customizers every {@link PolicyEngineCustomizer} of the application (the metrics among them)
     * @return the engine, built once and shared by every thread
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public PolicyEngine policyEngine(PolicykollProperties properties,
            ObjectProvider<PolicyEngineCustomizer> customizers) {
        PolicyEngine.Builder b = PolicyEngine.builder().maxTextLength(properties.getMaxTextLength());
        if (properties.getRulesDirectory() != null) {
            b.rulesDirectory(properties.getRulesDirectory()).watch(properties.isWatch());
        } else if (properties.getRulePack() != null && !properties.getRulePack().isBlank()) {
            b.rulePack(properties.getRulePack());
        }
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }

    /**
     * Micrometer metrics of the engine, when the application has a meter registry.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class MetricsConfiguration {
        @Bean
        @ConditionalOnBean(MeterRegistry.class)
        PolicyEngineCustomizer policykollMetrics(MeterRegistry registry) {
            return new Metrics(registry)::attach;
        }
    }

    /** Records evaluations, findings and reloads in a registry. */
    static final class Metrics {
        private final MeterRegistry registry;
        /** The meters an evaluation touches, looked up once instead of on every evaluation. */
        private final Map<Verdict, Timer> byVerdict = new EnumMap<>(Verdict.class);
        private final Map<String, Counter> byGuideline = new ConcurrentHashMap<>();

        Metrics(MeterRegistry registry) {
            this.registry = registry;
        }

        void attach(PolicyEngine.Builder b) {
            for (Verdict v : Verdict.values()) {
                byVerdict.put(v, Timer.builder("policykoll.evaluation").description("Time to evaluate one post, by verdict")
                        .tag("verdict", v.id()).register(registry));
            }
            b.onEvaluation(this::evaluated)
                    .onReload(PolicyEngine.ReloadListener.of(pack -> reload("ok"), problems -> reload("failed")));
        }

        private void evaluated(Evaluation e, long nanos) {
            // computeIfAbsent on an EnumMap is not thread-safe: the timers are made before the first evaluation
            byVerdict.get(e.verdict()).record(nanos, TimeUnit.NANOSECONDS);
            for (Finding f : e.findings()) {
                byGuideline.computeIfAbsent(f.guideline(), g -> Counter.builder("policykoll.findings")
                        .description("Findings, by guideline").tag("guideline", g).register(registry)).increment();
            }
        }

        private void reload(String result) {
            Counter.builder("policykoll.reloads").description("Reloads of the rule directory, by result")
                    .tag("result", result).register(registry).increment();
        }
    }

    /** The health indicator on Spring Boot 4 (see {@link Boot4Health}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = Boot4Health.INDICATOR)
    @org.springframework.context.annotation.Import(Boot4Health.Registrar.class)
    static class Boot4HealthConfiguration {
    }

    /** The health indicator, when the application has Actuator (Spring Boot 3). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class HealthConfiguration {
        @Bean
        @ConditionalOnMissingBean(name = "policykollHealthIndicator")
        HealthIndicator policykollHealthIndicator(PolicyEngine engine) {
            return () -> {
                try {
                    return Health.up().withDetail("rulePack", engine.rulePack().name())
                            .withDetail("version", engine.rulePack().version())
                            .withDetail("rules", engine.rules().size()).build();
                } catch (RuntimeException e) {
                    return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
                }
            };
        }
    }
}
