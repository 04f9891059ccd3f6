package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharTrieTest {
    private static List<String> walked(CharTrie<String> trie, String word, int from) {
        List<String> out = new ArrayList<>();
        trie.walk(word, from, (f, t, values) -> out.addAll(values));
        return out;
    }

    private static List<String> collected(CharTrie<String> trie, String word, int from) {
        List<String> out = new ArrayList<>();
        trie.collect(word, from, out);
        return out;
    }

    @Test
    void findsEveryKeyThatStartsAtAPlaceOrEndsTheWord() {
        CharTrie<String> heads = new CharTrie<>(false);
        heads.put("idiot", "idiot*");
        heads.put("idiotförklar", "idiotförklar*");
        heads.put("id", "id*");
        assertThat(collected(heads, "idiotförklarade", 0)).containsExactly("id*", "idiot*", "idiotförklar*");
        assertThat(collected(heads, "xidiot", 1)).containsExactly("id*", "idiot*");
        assertThat(collected(heads, "idé", 0)).containsExactly("id*");
        assertThat(collected(heads, "kid", 0)).isEmpty();

        CharTrie<String> tails = new CharTrie<>(true);
        tails.put("pack", "*pack");
        tails.put("ack", "*ack");
        assertThat(collected(tails, "slödderpack", 0)).containsExactly("*ack", "*pack");
        assertThat(collected(tails, "packa", 0)).isEmpty();
    }

    /** collect gives what walk visits, in the same order, on random keys and words over a small alphabet. */
    @Test
    void collectIsWalkWithoutAVisitor() {
        Random random = new Random(20261129);
        String letters = "aeiklnorståäö";
        for (boolean reversed : new boolean[] {false, true}) {
            CharTrie<String> trie = new CharTrie<>(reversed);
            for (int i = 0; i < 2_000; i++) {
                String key = word(random, letters, 1 + random.nextInt(5));
                trie.put(key, key + "#" + (i % 3));
            }
            for (int i = 0; i < 2_000; i++) {
                String w = word(random, letters, 1 + random.nextInt(9));
                int from = random.nextInt(w.length());
                assertThat(collected(trie, w, from)).isEqualTo(walked(trie, w, from));
            }
        }
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }
}
