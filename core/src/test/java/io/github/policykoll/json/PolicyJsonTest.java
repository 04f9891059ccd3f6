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
}
