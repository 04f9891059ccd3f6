package io.github.policykoll;

import static java.util.Objects.requireNonNull;

import io.github.policykoll.internal.ClasspathPacks;
import io.github.policykoll.internal.LoadedPack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Checks posts against the social media policy. Build once, use from any number of threads:
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builder().build();   // the rule pack on the classpath (rules-sv)
 * Evaluation e = engine.evaluate(Post.of("Du är en idiot."));
 * e.verdict();   // BLOCK
 * }</pre>
 */
public final class PolicyEngine implements AutoCloseable {
    private final AtomicReference<LoadedPack> pack;

    private PolicyEngine(LoadedPack pack) {
        this.pack = new AtomicReference<>(pack);
    }

    /** A builder; with no settings it loads the one rule pack on the classpath. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one post. Thread-safe.
     *
     * @throws NullPointerException when {@code post} is null
     */
    public Evaluation evaluate(Post post) {
        requireNonNull(post, "post");
        return pack.get().evaluate(post);
    }

    /** Evaluates a text with default metadata (a public post by a member). */
    public Evaluation evaluate(String text) {
        return evaluate(Post.of(requireNonNull(text, "text")));
    }

    /** Evaluates posts in order; the result has one evaluation per post, in the same order. */
    public List<Evaluation> evaluateAll(List<Post> posts) {
        List<Evaluation> out = new ArrayList<>(posts.size());
        for (Post p : posts) {
            out.add(evaluate(p));
        }
        return out;
    }

    /** The rules of the loaded rule pack, by id. */
    public List<RuleInfo> rules() {
        return pack.get().rules();
    }

    /** Name and version of the loaded rule pack. */
    public RulePack rulePack() {
        return pack.get().info();
    }

    @Override
    public void close() {
        pack.get().close();
    }

    /** Configures and builds a {@link PolicyEngine}. */
    public static final class Builder {
        private ClassLoader classLoader = PolicyEngine.class.getClassLoader();
        private String rulePackName;

        private Builder() {
        }

        /** The name of the rule pack to load from the classpath, e.g. {@code rules-sv}. */
        public Builder rulePack(String name) {
            requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("rule pack name must not be blank");
            }
            this.rulePackName = name;
            return this;
        }

        /** The class loader to find rule packs with (default: the one that loaded policykoll). */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Loads and checks the rule pack.
         *
         * @throws RulePackException listing every problem when the rule pack is missing or broken
         */
        public PolicyEngine build() {
            return new PolicyEngine(ClasspathPacks.load(classLoader, rulePackName));
        }
    }
}
