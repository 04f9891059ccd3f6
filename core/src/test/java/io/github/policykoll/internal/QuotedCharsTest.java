package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.facts.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which characters stand inside quotation marks, checked against the definition written out character by
 * character: an odd number of double marks, or of single marks that are not apostrophes inside a word, since
 * the start of the character's sentence.
 */
class QuotedCharsTest {
    private static final String[] PIECES = {"a", "b", "Å", " ", ".", "\"", "“", "”", "«", "»", "„", "'", "‘", "’",
        "don't", "’s", "x'", "'y", "\n", "–"};

    static Stream<Integer> seeds() {
        return IntStream.range(0, 2000).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matchesTheDefinition(int seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int n = r.nextInt(30); n > 0; n--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        String text = b.toString();
        List<Sentence> sentences = new ArrayList<>();
        for (int at = 0, index = 0; at < text.length(); at += 1 + r.nextInt(8), index++) {
            int end = Math.min(text.length(), at + 8);
            sentences.add(new Sentence(index, at, end, text.substring(at, end), false, 0));
        }
        boolean[] expected = definition(text, sentences);
        int[] regions = Constructions.quotedRegions(text, sentences, TextMarks.of(text).quotes);
        boolean[] actual = new boolean[text.length()];
        for (int k = 0; k < text.length(); k++) {
            actual[k] = Constructions.isQuoted(regions, k);
        }
        assertThat(actual).as("%s", text).isEqualTo(expected == null ? new boolean[text.length()] : expected);
        for (int g = 0; g < regions.length; g += 2) {
            assertThat(regions[g]).as("regions in order, none empty: %s", text).isLessThan(regions[g + 1]);
            if (g + 2 < regions.length) {
                assertThat(regions[g + 1]).as("regions in order: %s", text).isLessThanOrEqualTo(regions[g + 2]);
            }
        }
    }

    private static boolean[] definition(String text, List<Sentence> sentences) {
        boolean any = false;
        for (char c : text.toCharArray()) {
            any |= "\"“”«»„'‘’".indexOf(c) >= 0;
        }
        if (!any) {
            return null;
        }
        boolean[] out = new boolean[text.length()];
        int doubles = 0;
        int singles = 0;
        int next = 0;
        for (int k = 0; k < text.length(); k++) {
            while (next < sentences.size() && sentences.get(next).getStart() <= k) {
                doubles = 0;
                singles = 0;
                next++;
            }
            out[k] = doubles % 2 == 1 || singles % 2 == 1;
            char c = text.charAt(k);
            if ("\"“”«»„".indexOf(c) >= 0) {
                doubles++;
            } else if ("'‘’".indexOf(c) >= 0) {
                boolean inWord = k > 0 && Character.isLetter(text.charAt(k - 1)) && k + 1 < text.length()
                        && Character.isLetter(text.charAt(k + 1));
                singles += inWord ? 0 : 1;
            }
        }
        return out;
    }
}
