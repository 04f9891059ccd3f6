package io.github.policykoll.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.Post;
import io.github.policykoll.RulePack;
import io.github.policykoll.Severity;
import io.github.policykoll.Span;
import io.github.policykoll.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyJsonTest {
    @Test
    void readPost_appliesContractDefaults() throws Exception {
        Post p = PolicyJson.readPost("{\"text\": \"Hej\", \"unknownField\": 1}");
        assertThat(p.text()).isEqualTo("Hej");
        assertThat(p.language()).isEqualTo("sv");
        assertThat(p.platform()).isEqualTo(Post.Platform.OTHER);
        assertThat(p.kind()).isEqualTo(Post.Kind.POST);
        assertThat(p.visibility()).isEqualTo(Post.Visibility.PUBLIC);
        assertThat(p.author().role()).isEqualTo(Post.Role.MEMBER);
        assertThat(p.media()).isEmpty();
        assertThat(p.links()).isEmpty();
        assertThat(p.commentsEnabled()).isTrue();
        assertThat(p.onOwnPage()).isFalse();
    }

    @Test
    void readPost_readsEveryContractField() throws Exception {
        Post p = PolicyJson.readPost("""
                {"id":"p-123","text":"T","language":"sv","platform":"facebook","kind":"reply","visibility":"group",
                 "author":{"name":"Anna","role":"elected","bio":"Regionråd (S)"},
                 "media":[{"type":"image","ownMaterial":false,"credit":"Foto: A/TT","sourceUrl":"https://e.org","altText":"alt"}],
                 "links":["https://www.regionstockholm.se/budget"],
                 "sharedFrom":{"url":"https://e.org/o","author":"DN"},
                 "inReplyTo":{"text":"fråga","author":{"role":"public"}},
                 "commentsEnabled":false,"onOwnPage":true,"createdAt":"2026-11-24T10:15:00+01:00"}""");
        assertThat(p.id()).isEqualTo("p-123");
        assertThat(p.kind()).isEqualTo(Post.Kind.REPLY);
        assertThat(p.visibility()).isEqualTo(Post.Visibility.GROUP);
        assertThat(p.author()).isEqualTo(new Post.Author("Anna", Post.Role.ELECTED, "Regionråd (S)"));
        assertThat(p.media()).containsExactly(
                new Post.Media(Post.MediaType.IMAGE, false, "Foto: A/TT", "https://e.org", "alt"));
        assertThat(p.sharedFrom()).isEqualTo(new Post.SharedFrom("https://e.org/o", "DN"));
        assertThat(p.inReplyTo().author().role()).isEqualTo(Post.Role.PUBLIC);
        assertThat(p.commentsEnabled()).isFalse();
        assertThat(p.onOwnPage()).isTrue();
        assertThat(p.createdAt().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void readPost_saysWhatIsWrong() {
        assertThatThrownBy(() -> PolicyJson.readPost("{\"id\":\"x\"}"))
                .isInstanceOf(InvalidPostException.class).hasMessage("field \"text\" is required");
        assertThatThrownBy(() -> PolicyJson.readPost("{\"text\":\"x\",\"kind\":\"story\"}"))
                .hasMessage("field \"kind\" must be one of post, comment, reply, share, not \"story\"");
        assertThatThrownBy(() -> PolicyJson.readPost("{\"text\":\"x\",\"media\":[{\"type\":\"gif\"}]}"))
                .hasMessage("field \"media[0].type\" must be one of image, video, not \"gif\"");
        assertThatThrownBy(() -> PolicyJson.readPost("{\"text\":\"x\",\"commentsEnabled\":\"yes\"}"))
                .hasMessage("field \"commentsEnabled\" must be true or false, not a string");
        assertThatThrownBy(() -> PolicyJson.readPost("{\"text\":\"x\",\"author\":{\"role\":\"king\"}}"))
                .hasMessage("field \"author.role\" must be one of elected, employee, member, public, not \"king\"");
        assertThatThrownBy(() -> PolicyJson.readPost("{\"text\":\"x\"} {}"))
                .hasMessageStartingWith("not valid JSON: ");
        assertThatThrownBy(() -> PolicyJson.readPost("{\"text\":\"x\",\"createdAt\":\"igår\"}"))
                .hasMessageStartingWith("field \"createdAt\" must be a date-time");
    }

    @Test
    void write_followsTheContract() {
        Evaluation e = new Evaluation("p-1", Verdict.BLOCK, List.of(new Finding("sv.x", "SM-2.2", Severity.BLOCK,
                "Meddelande", "Förslag", List.of(new Span(10, 15, "idiot")))), new RulePack("rules-sv", "1.0.0"));
        assertThat(PolicyJson.write(e)).isEqualTo("{\"postId\":\"p-1\",\"verdict\":\"block\",\"findings\":[{\"ruleId\":"
                + "\"sv.x\",\"guideline\":\"SM-2.2\",\"severity\":\"block\",\"message\":\"Meddelande\",\"suggestion\":"
                + "\"Förslag\",\"spans\":[{\"start\":10,\"end\":15,\"text\":\"idiot\"}]}],\"rulePack\":{\"name\":"
                + "\"rules-sv\",\"version\":\"1.0.0\"}}");
        assertThat(PolicyJson.errorLine(3, "bad")).isEqualTo("{\"line\":3,\"error\":\"bad\"}");
    }

    @Test
    void readPost_refusesDeepNestingAndDuplicateKeysInWordsAPersonUnderstands() {
        assertThatThrownBy(() -> PolicyJson.readPost("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + ",\"text\":\"a\"}"))
                .isInstanceOf(InvalidPostException.class).hasMessage("the JSON is nested more than 32 levels deep");
        assertThatThrownBy(() -> PolicyJson.readPost("{\"text\":\"a\",\"text\":\"b\"}"))
                .isInstanceOf(InvalidPostException.class).hasMessage("the key \"text\" appears twice in one object");
        assertThatThrownBy(() -> PolicyJson.readPost("{\"text\":\"a\",\"n\":" + "1".repeat(200) + "}"))
                .isInstanceOf(InvalidPostException.class)
                .hasMessage("a number in the JSON is longer than 100 characters");
    }

    /** write gives, byte for byte, what Jackson's generator gives, on strings with every kind of character. */
    @Test
    void write_isWhatJacksonsGeneratorWrites() throws Exception {
        java.util.Random random = new java.util.Random(20261129);
        String chars = "aZ å\"\\/\u0000\u0001\u0008\t\n\u000b\u000c\r\u001f\u007f\u0080\u00e9\u2028\u2029\ud83d\ude00\ud800"
                + "\udfff\ufeff<>&'";
        for (int n = 0; n < 2_000; n++) {
            List<Finding> findings = new java.util.ArrayList<>();
            for (int f = random.nextInt(3); f > 0; f--) {
                List<Span> spans = new java.util.ArrayList<>();
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    String t = text(random, chars);
                    int start = random.nextInt(1000);
                    spans.add(new Span(start, start + t.length(), t));
                }
                findings.add(new Finding(text(random, chars), "SM-" + f, Severity.values()[random.nextInt(3)],
                        text(random, chars), text(random, chars), spans, random.nextBoolean() ? "" : text(random, chars)));
            }
            Evaluation e = new Evaluation(random.nextInt(10) == 0 ? null : text(random, chars),
                    Verdict.values()[random.nextInt(4)], findings, new RulePack(text(random, chars), "1.0"));
            assertThat(PolicyJson.write(e)).isEqualTo(jackson(e));
        }
    }

    private static String text(java.util.Random random, String chars) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            b.append(chars.charAt(random.nextInt(chars.length())));
        }
        return b.toString();
    }

    /** The contract's shape written with Jackson's generator (how write worked before it wrote by hand). */
    private static String jackson(Evaluation e) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("postId", e.postId());
            g.writeStringField("verdict", e.verdict().id());
            g.writeArrayFieldStart("findings");
            for (Finding f : e.findings()) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.ruleId());
                g.writeStringField("guideline", f.guideline());
                if (!f.guidelineTitle().isEmpty()) {
                    g.writeStringField("guidelineTitle", f.guidelineTitle());
                }
                g.writeStringField("severity", f.severity().id());
                g.writeStringField("message", f.message());
                g.writeStringField("suggestion", f.suggestion());
                g.writeArrayFieldStart("spans");
                for (Span sp : f.spans()) {
                    g.writeStartObject();
                    g.writeNumberField("start", sp.start());
                    g.writeNumberField("end", sp.end());
                    g.writeStringField("text", sp.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("rulePack");
            g.writeStringField("name", e.rulePack().name());
            g.writeStringField("version", e.rulePack().version());
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toString();
    }
}
