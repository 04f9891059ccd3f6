package io.github.policykoll;

import static java.util.Objects.requireNonNull;

import io.github.policykoll.internal.ClasspathPacks;
import io.github.policykoll.internal.DirectoryPacks;
import io.github.policykoll.internal.DirectoryWatcher;
import io.github.policykoll.internal.LoadedPack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);

    private final AtomicReference<LoadedPack> pack;
    private final Path directory;
    private final ReloadListener listener;
    private final EvaluationListener evaluationListener;
    private final AtomicInteger generation = new AtomicInteger(1);
    private final DirectoryWatcher watcher;

    /** The default {@link Builder#maxTextLength(int)}: above every platform's post limit (Facebook's is 63,206). */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 100_000;

    private final int maxTextLength;
    private volatile boolean closed;

    private PolicyEngine(Builder b) {
        this.maxTextLength = b.maxTextLength;
        this.directory = b.directory;
        this.listener = b.listener;
        this.evaluationListener = b.evaluationListener;
        this.pack = new AtomicReference<>(directory == null ? ClasspathPacks.load(b.classLoader, b.rulePackName)
                : DirectoryPacks.load(directory, directoryInfo(1)));
        this.watcher = directory != null && b.watch ? new DirectoryWatcher(directory, this::reloadQuietly) : null;
    }

    /** Told about every reload of a rule directory, good or broken. */
    public interface ReloadListener {
        /**
         * The new rules are in use.
         *
         * @param rulePack the rule directory's name and its new version ({@code local-N})
         */
        default void reloaded(RulePack rulePack) {
        }

        /**
         * The new rules were broken; the last good ones stay in use.
         *
         * @param problems every problem of the new rules, with file and line
         */
        default void failed(RulePackException problems) {
        }

        /**
         * A listener from two functions, e.g. for metrics:
         * {@code ReloadListener.of(pack -> count("ok"), problems -> count("failed"))}.
         *
         * @param reloaded called with the new rules' name and version
         * @param failed   called with the problems of broken new rules
         * @return the listener
         */
        static ReloadListener of(Consumer<? super RulePack> reloaded, Consumer<? super RulePackException> failed) {
            requireNonNull(reloaded, "reloaded");
            requireNonNull(failed, "failed");
            return new ReloadListener() {
                @Override
                public void reloaded(RulePack rulePack) {
                    reloaded.accept(rulePack);
                }

                @Override
                public void failed(RulePackException problems) {
                    failed.accept(problems);
                }
            };
        }
    }

    /** {@return a builder; with no settings it loads the one rule pack on the classpath} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates one post. Thread-safe. A thread keeps the buffers of its last evaluation for its next one (sized for
     * one and a half times the longest post it has evaluated, kept for posts of up to 131,072 characters: 1.7 MB at
     * most; about 15 kB for ordinary posts).
     *
     * @param post the post
     * @return its evaluation: verdict and findings
     * @throws NullPointerException  when {@code post} is null
     * @throws PostTooLongException   when its text (or the text it replies to) is longer than
     *                                {@link Builder#maxTextLength(int)}
     * @throws IllegalStateException  when the engine is closed
     */
    public Evaluation evaluate(Post post) {
        requireNonNull(post, "post");
        checkOpen();
        int length = post.text().length()
                + (post.inReplyTo() == null || post.inReplyTo().text() == null ? 0 : post.inReplyTo().text().length());
        if (length > maxTextLength) {
            throw new PostTooLongException(length, maxTextLength);
        }
        if (evaluationListener == null) {
            return pack.get().evaluate(post);
        }
        long t0 = System.nanoTime();
        Evaluation e = pack.get().evaluate(post);
        evaluationListener.evaluated(e, System.nanoTime() - t0);
        return e;
    }

    /** Told about every evaluation, for metrics. Called on the evaluating thread: keep it quick. */
    @FunctionalInterface
    public interface EvaluationListener {
        /**
         * A post was evaluated.
         *
         * @param evaluation its evaluation
         * @param nanos      how long it took, in nanoseconds
         */
        void evaluated(Evaluation evaluation, long nanos);
    }

    /** {@return the longest text this engine evaluates, in UTF-16 units (a post's text and the text it replies to)} */
    public int maxTextLength() {
        return maxTextLength;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the engine is closed");
        }
    }

    /**
     * Evaluates a text with default metadata (a public post by a member).
     *
     * @param text the post's text
     * @return the evaluation
     */
    public Evaluation evaluate(String text) {
        return evaluate(Post.of(requireNonNull(text, "text")));
    }

    /**
     * Evaluates posts in order, on the calling thread.
     *
     * @param posts the posts
     * @return one evaluation per post, in the same order
     */
    public List<Evaluation> evaluateAll(List<Post> posts) {
        List<Evaluation> out = new ArrayList<>(posts.size());
        for (Post p : posts) {
            out.add(evaluate(p));
        }
        return out;
    }

    /**
     * Evaluates {@code posts} on {@code executor} (for example a pool with one thread per core) and returns
     * the evaluations in the order of the posts. Blocks until all are done; if evaluations fail, the exception of
     * the first post (in the order of the posts) that failed is thrown after all have finished.
     *
     * <p>The posts go to the executor in runs of up to 16 (fewer when there are fewer than 4,096 posts, so that
     * at least 256 tasks share the work): one task and one hand-over per run, not per post.
     *
     * @param posts    the posts
     * @param executor where to run the evaluations
     * @return one evaluation per post, in the same order
     * @throws IllegalStateException when waiting is interrupted
     */
    public List<Evaluation> evaluateAll(List<Post> posts, java.util.concurrent.Executor executor) {
        java.util.Objects.requireNonNull(executor, "executor");
        for (Post p : posts) {
            java.util.Objects.requireNonNull(p, "a post in posts is null");
        }
        int n = posts.size();
        int run = Math.max(1, Math.min(16, n / 256));
        Object[] results = new Object[n]; // per post its Evaluation, or the RuntimeException it failed with
        List<java.util.concurrent.CompletableFuture<Void>> futures = new ArrayList<>(n / run + 1);
        for (int from = 0; from < n; from += run) {
            int start = from;
            int end = Math.min(n, from + run);
            futures.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                for (int i = start; i < end; i++) {
                    try {
                        results[i] = evaluate(posts.get(i));
                    } catch (RuntimeException e) {
                        results[i] = e; // the other posts of the run are still evaluated
                    }
                }
            }, executor));
        }
        RuntimeException failure = null;
        for (java.util.concurrent.CompletableFuture<Void> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while evaluating posts", e);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable cause = e.getCause(); // an Error: the rest of its run was not evaluated
                if (failure == null) {
                    failure = cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
                }
            }
        }
        List<Evaluation> out = new ArrayList<>(n);
        for (Object r : results) {
            if (r instanceof RuntimeException e) {
                throw e; // the first post that failed, in the order of the posts
            }
            if (r == null) {
                throw failure; // not evaluated: its run ended in an Error
            }
            out.add((Evaluation) r);
        }
        return out;
    }

    /** {@return the rules of the loaded rule pack, by id} */
    public List<RuleInfo> rules() {
        return pack.get().rules();
    }

    /**
     * The guidelines of the policy the rule pack encodes (id, the policy's own words, what it asks, typical
     * levels), from the pack's catalogue.
     *
     * @return the guidelines in the catalogue's order; empty when the pack has none
     */
    public List<Guideline> guidelines() {
        return pack.get().guidelines();
    }

    /** {@return name and version of the loaded rule pack} */
    public RulePack rulePack() {
        return pack.get().info();
    }

    /**
     * Rebuilds the rules from the rule directory off to the side and swaps them in atomically. Evaluations
     * already running finish with the rules they started with. When the new rules are broken, the last
     * good ones stay in use and the problems are thrown.
     *
     * @return the name and new version of the rules now in use
     * @throws IllegalStateException when the engine was not built from a rule directory
     * @throws RulePackException     listing every problem (file, line) of the new rules
     */
    public RulePack reload() {
        checkOpen();
        if (directory == null) {
            throw new IllegalStateException("reload needs an engine built with rulesDirectory(dir)");
        }
        LoadedPack fresh;
        try {
            fresh = DirectoryPacks.load(directory, directoryInfo(generation.incrementAndGet()));
        } catch (RulePackException e) {
            LOG.warn("rules in {} not reloaded, the last good rules stay in use: {}", directory, e.getMessage());
            listener.failed(e);
            throw e;
        }
        // the old pack is not shut down: evaluations in flight may still use its sessions
        pack.set(fresh);
        LOG.info("rules reloaded from {}: {} rules", directory, fresh.rules().size());
        listener.reloaded(fresh.info());
        return fresh.info();
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RulePackException e) {
            // already logged and reported to the listener
        } catch (IllegalStateException e) {
            // closed while a change was being noticed: nothing to reload
        }
    }

    private RulePack directoryInfo(int gen) {
        return new RulePack(directory.toAbsolutePath().normalize().getFileName().toString(), "local-" + gen);
    }

    /** Stops watching the rules directory; {@code evaluate} and {@code reload} then throw. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
    }

    /** Configures and builds a {@link PolicyEngine}. */
    public static final class Builder {
        private ClassLoader classLoader = PolicyEngine.class.getClassLoader();
        private String rulePackName;
        private Path directory;
        private boolean watch;
        private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
        private EvaluationListener evaluationListener;
        private ReloadListener listener = new ReloadListener() {
        };

        private Builder() {
        }

        /**
         * The rule pack to load from the classpath.
         *
         * @param name its name, e.g. {@code rules-sv}
         * @return this builder
         */
        public Builder rulePack(String name) {
            requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("rule pack name must not be blank");
            }
            this.rulePackName = name;
            return this;
        }

        /**
         * The class loader to find rule packs with (default: the one that loaded policykoll).
         *
         * @param classLoader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Loads rules from a directory of .drl files (word lists in {@code ordlistor/}) instead of the
         * classpath, compiled with the classic DRL build so that problems come with file and line.
         *
         * @param dir the rule directory
         * @return this builder
         */
        public Builder rulesDirectory(Path dir) {
            this.directory = requireNonNull(dir, "dir");
            return this;
        }

        /**
         * With {@link #rulesDirectory}: watch the directory and {@link PolicyEngine#reload()} when a file
         * changes. Default off.
         *
         * @param watch whether to watch
         * @return this builder
         */
        public Builder watch(boolean watch) {
            this.watch = watch;
            return this;
        }

        /**
         * The longest text to evaluate, in UTF-16 units, counting a post's text and the text it replies to
         * (default {@value PolicyEngine#DEFAULT_MAX_TEXT_LENGTH}); a longer one gets a
         * {@link PostTooLongException}. Time and memory per evaluation grow linearly with the text.
         *
         * @param maxTextLength the limit, 1 or more
         * @return this builder
         */
        public Builder maxTextLength(int maxTextLength) {
            if (maxTextLength < 1) {
                throw new IllegalArgumentException("maxTextLength must be 1 or more, not " + maxTextLength);
            }
            this.maxTextLength = maxTextLength;
            return this;
        }

        /**
         * Told about every evaluation (for metrics); default: none.
         *
         * @param listener the listener, called on the evaluating thread
         * @return this builder
         */
        public Builder onEvaluation(EvaluationListener listener) {
            this.evaluationListener = requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Told about every reload; default: none (failures are logged at WARN either way).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder onReload(ReloadListener listener) {
            this.listener = requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Loads and checks the rule pack.
         *
         * @return the engine, ready to evaluate
         * @throws RulePackException     listing every problem when the rule pack is missing or broken
         * @throws IllegalStateException when {@code watch} is set without a rule directory, or both a rule
         *                               directory and a rule pack name are given
         */
        public PolicyEngine build() {
            if (watch && directory == null) {
                throw new IllegalStateException("watch(true) needs rulesDirectory(dir)");
            }
            if (directory != null && rulePackName != null) {
                throw new IllegalStateException("give either rulesDirectory(dir) or rulePack(name), not both");
            }
            return new PolicyEngine(this);
        }
    }
}
