package io.github.policykoll.bootapp;

import io.github.policykoll.Evaluation;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.Verdict;
import org.springframework.stereotype.Service;

/** Decides what to do with a comment on the party's own page. */
@Service
public class ModerationService {
    /** What a moderator does with a comment. */
    public enum Decision { HIDE, REVIEW, KEEP }

    private final PolicyEngine engine;

    public ModerationService(PolicyEngine engine) {
        this.engine = engine;
    }

    public Decision decide(String comment) {
        Evaluation e = engine.evaluate(Post.builder(comment).kind(Post.Kind.COMMENT).onOwnPage(true)
                .author(Post.Author.of(Post.Role.PUBLIC)).build());
        return e.verdict() == Verdict.BLOCK ? Decision.HIDE : e.verdict() == Verdict.WARN ? Decision.REVIEW : Decision.KEEP;
    }
}
