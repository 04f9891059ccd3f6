package io.github.policykoll.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policykoll.Guideline;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.Verdict;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PolicykollAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PolicykollAutoConfiguration.class));

    @Test
    void anEngineForTheRulePackOnTheClasspath() {
        runner.run(ctx -> {
            PolicyEngine engine = ctx.getBean(PolicyEngine.class);
            assertThat(engine.rulePack().name()).isEqualTo("rules-sv");
            assertThat(engine.evaluate(Post.of("Du är en idiot.")).verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(engine.evaluate(Post.of("Välkommen till vårt möte i Kista!")).verdict()).isEqualTo(Verdict.PASS);
        });
    }

    @Test
    void propertiesSetTheEngine() {
        runner.withPropertyValues("policykoll.max-text-length=50", "policykoll.rule-pack=rules-sv").run(ctx -> {
            PolicyEngine engine = ctx.getBean(PolicyEngine.class);
            assertThat(engine.maxTextLength()).isEqualTo(50);
            assertThatThrownBy(() -> engine.evaluate(Post.of("x".repeat(51))))
                    .hasMessageContaining("the limit is 50");
        });
    }

    @Test
    void aRuleDirectoryFromTheProperties() {
        Path enPack = Path.of("../../examples/src/test/resources/en-pack/rules").toAbsolutePath().normalize();
        runner.withPropertyValues("policykoll.rules-directory=" + enPack, "policykoll.watch=true").run(ctx -> {
            PolicyEngine engine = ctx.getBean(PolicyEngine.class);
            assertThat(engine.guidelines()).extracting(Guideline::id).containsExactly("EX-1", "EX-2", "EX-3");
            assertThat(engine.evaluate(Post.of("You are an idiot.")).findings().get(0).guidelineTitle())
                    .isEqualTo("Be respectful");
        });
    }

    @Test
    void anApplicationsOwnEngineWins() {
        PolicyEngine own = PolicyEngine.builder().maxTextLength(123).build();
        runner.withBean(PolicyEngine.class, () -> own).run(ctx -> {
            assertThat(ctx).hasSingleBean(PolicyEngine.class);
            assertThat(ctx.getBean(PolicyEngine.class)).isSameAs(own);
        });
        own.close();
    }

    @Test
    void closedWhenTheApplicationStops() {
        PolicyEngine[] engine = new PolicyEngine[1];
        runner.run(ctx -> engine[0] = ctx.getBean(PolicyEngine.class));
        assertThatThrownBy(() -> engine[0].evaluate(Post.of("hej")))
                .isInstanceOf(IllegalStateException.class).hasMessage("the engine is closed");
    }

    @Test
    void metricsWhenThereIsARegistry() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(ctx -> {
            PolicyEngine engine = ctx.getBean(PolicyEngine.class);
            engine.evaluate(Post.of("Du är en idiot."));
            engine.evaluate(Post.of("Hej!"));
            MeterRegistry registry = ctx.getBean(MeterRegistry.class);
            assertThat(registry.get("policykoll.evaluation").tag("verdict", "block").timer().count()).isEqualTo(1);
            assertThat(registry.get("policykoll.evaluation").tag("verdict", "pass").timer().count()).isEqualTo(1);
            assertThat(registry.get("policykoll.findings").tag("guideline", "SM-2.2").counter().count()).isEqualTo(1.0);
        });
    }

    @Test
    void healthNamesTheRulePack() {
        runner.run(ctx -> {
            Health health = ctx.getBean("policykollHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("rulePack", "rules-sv").containsKey("rules");
        });
    }

    @Test
    void withoutActuatorOrMicrometerTheEngineIsStillThere() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class, MeterRegistry.class)).run(ctx -> {
            assertThat(ctx).hasSingleBean(PolicyEngine.class);
            assertThat(ctx).doesNotHaveBean("policykollHealthIndicator");
            assertThat(ctx).doesNotHaveBean("policykollMetrics");
        });
    }
}
