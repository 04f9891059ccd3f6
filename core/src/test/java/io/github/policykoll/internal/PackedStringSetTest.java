package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackedStringSetTest {
    @Test
    void containsExactlyWhatWasAdded() {
        PackedStringSet s = new PackedStringSet.Builder().add("hund").add("hundar").add("").add("å").add("hund")
                .add("\uD83D\uDE00ö").build();
        assertThat(s.size()).isEqualTo(5);
        assertThat(s.contains("hund")).isTrue();
        assertThat(s.contains("hundar")).isTrue();
        assertThat(s.contains("")).isTrue();
        assertThat(s.contains("å")).isTrue();
        assertThat(s.contains("\uD83D\uDE00ö")).isTrue();
        assertThat(s.contains("hun")).isFalse();
        assertThat(s.contains("hunda")).isFalse();
        assertThat(s.contains("Hund")).isFalse();
        assertThat(s.contains("a")).isFalse();
        assertThat(new PackedStringSet.Builder().build().contains("")).isFalse();
    }

    /** Strings of equal hash (as "Aa" and "BB") are told apart by their characters. */
    @Test
    void equalHashesAreToldApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        PackedStringSet s = new PackedStringSet.Builder().add("Aa").add("AaBB").build();
        assertThat(s.contains("Aa")).isTrue();
        assertThat(s.contains("BB")).isFalse();
        assertThat(s.contains("AaBB")).isTrue();
        assertThat(s.contains("BBAa")).isFalse();
        assertThat(s.contains("BBBB")).isFalse();
    }

    /** Against a HashSet, on 50,000 random words over a small alphabet (many near misses). */
    @Test
    void agreesWithAHashSet() {
        Random random = new Random(20261129);
        Set<String> expected = new HashSet<>();
        PackedStringSet.Builder b = new PackedStringSet.Builder();
        for (int i = 0; i < 50_000; i++) {
            String w = word(random);
            expected.add(w);
            b.add(w);
        }
        PackedStringSet s = b.build();
        assertThat(s.size()).isEqualTo(expected.size());
        for (String w : expected) {
            assertThat(s.contains(w)).as(w).isTrue();
        }
        for (int i = 0; i < 50_000; i++) {
            String w = word(random);
            assertThat(s.contains(w)).as(w).isEqualTo(expected.contains(w));
        }
    }

    @Test
    void aMemberTooLongIsRefused() {
        assertThatThrownBy(() -> new PackedStringSet.Builder().add("x".repeat(70_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65,535");
    }

    private static String word(Random random) {
        String letters = "aeklnrsåäö";
        StringBuilder w = new StringBuilder();
        int n = 1 + random.nextInt(7);
        for (int k = 0; k < n; k++) {
            w.append(letters.charAt(random.nextInt(letters.length())));
        }
        return w.toString();
    }
}
