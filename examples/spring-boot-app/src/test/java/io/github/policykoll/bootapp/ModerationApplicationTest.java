package io.github.policykoll.bootapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.PolicyEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ModerationApplicationTest {
    @Autowired
    ModerationService moderation;

    @Autowired
    PolicyEngine engine;

    @Test
    void runsOnSpringBoot4WithTheStartersEngine() {
        assertThat(SpringBootVersion.getVersion()).startsWith("4.");
        assertThat(engine.rulePack().name()).isEqualTo("rules-sv");
        assertThat(engine.maxTextLength()).isEqualTo(20_000); // from application.properties
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void actuatorHealthNamesTheRulePack() {
        org.springframework.boot.health.contributor.HealthIndicator indicator = context.getBean(
                "policykollHealthIndicator", org.springframework.boot.health.contributor.HealthIndicator.class);
        org.springframework.boot.health.contributor.Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.UP);
        assertThat(health.getDetails()).containsEntry("rulePack", "rules-sv").containsKey("rules");
        // and Actuator itself sees it among the application's health contributors
        assertThat(context.getBeansOfType(org.springframework.boot.health.contributor.HealthContributor.class))
                .containsKey("policykollHealthIndicator");
    }

    @Test
    void hidesAttacksAndKeepsOrdinaryComments() {
        assertThat(moderation.decide("Du är en idiot.")).isEqualTo(ModerationService.Decision.HIDE);
        assertThat(moderation.decide("Bra jobbat med budgeten! När är nästa möte?"))
                .isEqualTo(ModerationService.Decision.KEEP);
    }
}
