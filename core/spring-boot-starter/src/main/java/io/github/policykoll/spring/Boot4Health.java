package io.github.policykoll.spring;

import io.github.policykoll.PolicyEngine;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The health indicator on Spring Boot 4, whose health API moved to {@code org.springframework.boot.health}.
 * This starter is compiled against Boot 3.5, so the Boot 4 indicator is made at run time: a proxy of Boot 4's
 * {@code HealthIndicator} that builds its {@code Health} through Boot 4's own builder, registered with that
 * interface as its type so that Actuator finds it.
 */
final class Boot4Health {
    static final String INDICATOR = "org.springframework.boot.health.contributor.HealthIndicator";
    static final String HEALTH = "org.springframework.boot.health.contributor.Health";

    private Boot4Health() {
    }

    /** Registers {@code policykollHealthIndicator} when Boot 4's health API is on the classpath. */
    static final class Registrar implements ImportBeanDefinitionRegistrar {
        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            if (registry.containsBeanDefinition("policykollHealthIndicator") || !(registry instanceof BeanFactory)) {
                return;
            }
            BeanFactory beans = (BeanFactory) registry;
            ClassLoader loader = Boot4Health.class.getClassLoader();
            Class<?> type;
            try {
                type = Class.forName(INDICATOR, false, loader);
            } catch (ClassNotFoundException e) {
                return;
            }
            RootBeanDefinition bd = new RootBeanDefinition();
            bd.setTargetType(type);
            bd.setInstanceSupplier(() -> indicator(type, loader, beans));
            registry.registerBeanDefinition("policykollHealthIndicator", bd);
        }
    }

    private static Object indicator(Class<?> type, ClassLoader loader, BeanFactory beans) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("health")) {
                return health(loader, beans.getBean(PolicyEngine.class));
            }
            return switch (method.getName()) {
                case "toString" -> "policykollHealthIndicator";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> method.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                        : null;
            };
        };
        return Proxy.newProxyInstance(loader, new Class<?>[] {type}, h);
    }

    /** Boot 4's {@code Health.up().withDetail(...).build()}, or down when the engine cannot answer. */
    private static Object health(ClassLoader loader, PolicyEngine engine) throws ReflectiveOperationException {
        Class<?> health = Class.forName(HEALTH, false, loader);
        Object builder;
        try {
            String name = engine.rulePack().name();
            String version = engine.rulePack().version();
            int rules = engine.rules().size();
            builder = health.getMethod("up").invoke(null);
            Method detail = builder.getClass().getMethod("withDetail", String.class, Object.class);
            detail.invoke(builder, "rulePack", name);
            detail.invoke(builder, "version", version);
            detail.invoke(builder, "rules", rules);
        } catch (RuntimeException e) {
            builder = health.getMethod("down").invoke(null);
            builder.getClass().getMethod("withDetail", String.class, Object.class)
                    .invoke(builder, "error", e.getClass().getSimpleName());
        }
        return builder.getClass().getMethod("build").invoke(builder);
    }
}
