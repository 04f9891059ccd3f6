package io.github.policykoll.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.PostTooLongException;
import io.github.policykoll.Verdict;
import io.github.policykoll.json.InvalidPostException;
import io.github.policykoll.json.PolicyJson;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The moderation pipeline: comments (contract JSON, keyed by page or post) in; one decision per comment out
 * (verdict, findings, rule pack, or an error); blocked comments also to the hide topic, for the tool that hides
 * them. Stateless: every instance evaluates the partitions it is given with its own engine, so instances and
 * stream threads add up to the number of partitions.
 */
public final class ModerationTopology {
    /** Where comments come in. */
    public static final String COMMENTS = "kommentarer";
    /** One decision per comment. */
    public static final String DECISIONS = "beslut";
    /** The comments to hide (verdict block), with their decision. */
    public static final String HIDE = "dolj";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModerationTopology() {
    }

    /**
     * The topology.
     *
     * @param engine the instance's engine, shared by its stream threads (it is thread-safe)
     * @return the topology to run
     */
    public static Topology build(PolicyEngine engine) {
        return build(engine, COMMENTS, DECISIONS, HIDE);
    }

    /**
     * The topology on topics of other names.
     *
     * @param engine    the instance's engine
     * @param commentsTopic  where comments come in
     * @param decisionsTopic where decisions go
     * @param hideTopic      where the comments to hide go
     * @return the topology to run
     */
    public static Topology build(PolicyEngine engine, String commentsTopic, String decisionsTopic, String hideTopic) {
        StreamsBuilder b = new StreamsBuilder();
        KStream<String, String> comments = b.stream(commentsTopic, Consumed.with(Serdes.String(), Serdes.String()));
        KStream<String, Decision> decided = comments.mapValues(json -> decide(engine, json), Named.as("evaluate"));
        decided.mapValues(Decision::json, Named.as("decision-json"))
                .to(decisionsTopic, Produced.with(Serdes.String(), Serdes.String()));
        decided.split(Named.as("route-"))
                .branch((key, d) -> d.verdict() == Verdict.BLOCK, Branched.withConsumer(blocked -> blocked
                        .mapValues(Decision::hideJson, Named.as("hide-json"))
                        .to(hideTopic, Produced.with(Serdes.String(), Serdes.String())), "hide"))
                .noDefaultBranch();
        return b.build();
    }

    /** One comment's decision: its evaluation, or why it could not be evaluated. */
    record Decision(String comment, Evaluation evaluation, String error) {
        Verdict verdict() {
            return evaluation == null ? null : evaluation.verdict();
        }

        String json() {
            if (evaluation == null) {
                return MAPPER.createObjectNode().put("error", error).toString();
            }
            return PolicyJson.write(evaluation);
        }

        String hideJson() {
            ObjectNode n = MAPPER.createObjectNode();
            n.put("postId", evaluation.postId());
            ArrayNode why = n.putArray("reasons");
            for (Finding f : evaluation.findings()) {
                why.addObject().put("guideline", f.guideline()).put("ruleId", f.ruleId()).put("message", f.message());
            }
            n.putObject("rulePack").put("name", evaluation.rulePack().name())
                    .put("version", evaluation.rulePack().version());
            return n.toString();
        }
    }

    /** Evaluates one comment; a broken one gets an error decision, never an exception that stops the stream. */
    static Decision decide(PolicyEngine engine, String json) {
        if (json == null) {
            return new Decision(null, null, "an empty message (a tombstone) is no comment");
        }
        try {
            Post post = PolicyJson.readPost(json);
            if (post.kind() == Post.Kind.POST && !json.contains("\"kind\"")) {
                // a comment topic: without a kind, it is a comment on the organisation's own page
                post = post.toBuilder().kind(Post.Kind.COMMENT).onOwnPage(true)
                        .author(post.author().role() == Post.Role.MEMBER && post.author().name() == null
                                ? Post.Author.of(Post.Role.PUBLIC) : post.author())
                        .build();
            }
            return new Decision(json, engine.evaluate(post), null);
        } catch (InvalidPostException | PostTooLongException e) {
            return new Decision(json, null, e.getMessage());
        }
    }

    /** Topic names by role, for documentation and tests. */
    public static Map<String, String> topics() {
        return Map.of("comments", COMMENTS, "decisions", DECISIONS, "hide", HIDE);
    }
}
