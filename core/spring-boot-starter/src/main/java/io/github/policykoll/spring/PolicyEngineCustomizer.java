package io.github.policykoll.spring;

import io.github.policykoll.PolicyEngine;

/**
 * Adjusts the auto-configured engine before it is built (listeners, limits). Every bean of this type is
 * applied, in {@link org.springframework.core.annotation.Order} order, after the {@code policykoll.*}
 * properties; the Micrometer metrics come this way too.
 */
@FunctionalInterface
public interface PolicyEngineCustomizer {
    /**
     * Adjusts the builder.
     *
     * @param builder the engine's builder, with the properties applied
     */
    void customize(PolicyEngine.Builder builder);
}
