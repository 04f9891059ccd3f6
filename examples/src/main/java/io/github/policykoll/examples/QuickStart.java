package io.github.policykoll.examples;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.Span;

/** The README's embedding example: build the engine once, evaluate posts, read the findings. */
public final class QuickStart {
    private QuickStart() {
    }

    public static void main(String[] args) {
        // Build once (loads the precompiled rule pack rules-sv from the classpath); share between threads.
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            Post post = Post.builder("Du är en idiot, Kalle.")
                    .id("p-1")
                    .platform(Post.Platform.FACEBOOK)
                    .author("Anna Andersson", Post.Role.ELECTED, "Regionråd (S)")
                    .build();

            Evaluation evaluation = engine.evaluate(post);

            System.out.println(evaluation.postId() + ": " + evaluation.verdict());   // p-1: BLOCK
            for (Finding f : evaluation.findings()) {
                System.out.println(f.severity() + " " + f.guideline() + " " + f.message());
                for (Span s : f.spans()) {
                    System.out.println("  " + s.start() + ".." + s.end() + " \"" + s.text() + "\"");
                }
                System.out.println("  Förslag: " + f.suggestion());
            }
        }
    }
}
