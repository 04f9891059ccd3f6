package io.github.policykoll.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextFactTest {
    @Test
    void aSentenceCutFromThePost_hasTheWordsOfItsSpan_copiedOnce() {
        String post = "Hej på dig. Vad gör du?";
        Sentence s = Sentence.in(post, 1, 12, 23, true, 0);
        assertThat(s.getText()).isEqualTo("Vad gör du?");
        assertThat(s.getText()).isSameAs(s.getText()); // copied out of the post once, not per call
        assertThat(s.getStart()).isEqualTo(12);
        assertThat(s.getEnd()).isEqualTo(23);
        assertThat(s.getIndex()).isEqualTo(1);
        assertThat(s.isQuestion()).isTrue();
        assertThat(s.toString()).isEqualTo("Sentence[1 12..23]");
        assertThat(Sentence.in(post, 0, 0, 0, false, 0).getText()).isEmpty();
    }

    @Test
    void aSpanOutsideThePost_isRefusedWhenMade() {
        assertThatThrownBy(() -> Sentence.in("kort", 0, 2, 9, false, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bad span 2..9 of 4 characters");
        assertThatThrownBy(() -> Sentence.in("kort", 0, 3, 2, false, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sentence(0, 0, 3, "kort", false, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bad span 0..3 for 'kort'");
    }
}
