package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Post;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.facts.Located;
import io.github.policykoll.facts.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated input (seeded, so every run sees the same cases): a word disguised with any mix of invisible
 * characters, combining marks and look-alike letters, among emoji ZWJ sequences, surrogate pairs and
 * punctuation, is still found, and its span points at exactly the disguised word in the original text; no
 * fact's span lies outside the text or splits a surrogate pair.
 */
class OffsetPropertyTest {
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(List.of(
            WordList.parse("skallsord", "skallsord.txt", List.of("idiot"), new ArrayList<Problem>())));
    /** Invisible: zero-width space, joiner, word joiner, BOM, soft hyphen, RLO, Hangul filler, a tag, CGJ. */
    private static final String[] INVISIBLE = {"\u200B", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u3164",
        new String(Character.toChars(0xE0020)), "\u034F"};
    /** Marks that do not make a Swedish letter (no ring or diaeresis on a or o). */
    private static final String[] MARKS = {"\u0301", "\u0300", "\u0316", "\u0323", "\u0331"};
    private static final String[][] LOOK_ALIKES = {{"i", "і"}, {"o", "о"}, {"d", "ԁ"}, {"t", "т"}};
    private static final String[] JUNK = {"👨\u200D👩\u200D👧", "𝒜𝒷𝒸", "🙄", "!!", "…", "«", "»", "Hej", "på", "dig", "\""};

    static Stream<Integer> seeds() {
        return IntStream.range(0, 2000).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void disguisedWord_isFoundAtItsExactPlace(int seed) {
        Random r = new Random(seed);
        StringBuilder word = new StringBuilder();
        String plain = "idiot";
        for (int k = 0; k < plain.length(); k++) {
            String letter = String.valueOf(plain.charAt(k));
            if (r.nextInt(4) == 0) {
                for (String[] pair : LOOK_ALIKES) {
                    letter = pair[0].equals(letter) ? pair[1] : letter;
                }
            }
            word.append(letter);
            for (int m = r.nextInt(3); m > 0 && r.nextBoolean(); m--) {
                word.append(MARKS[r.nextInt(MARKS.length)]);
            }
            if (k < plain.length() - 1) {
                for (int m = r.nextInt(3); m > 0; m--) {
                    word.append(INVISIBLE[r.nextInt(INVISIBLE.length)]);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int j = r.nextInt(4); j > 0; j--) {
            text.append(JUNK[r.nextInt(JUNK.length)]).append(' ');
        }
        int start = text.length();
        text.append(word);
        int end = text.length();
        for (int j = r.nextInt(4); j > 0; j--) {
            text.append(' ').append(JUNK[r.nextInt(JUNK.length)]);
        }
        String t = text.toString();
        List<Object> facts = ANALYZER.analyze(Post.of(t));
        assertThat(facts.stream().filter(Term.class::isInstance).map(Term.class::cast))
                .as("%s (seed %d)", escaped(t), seed)
                .anySatisfy(term -> {
                    assertThat(term.getList()).isEqualTo("skallsord");
                    assertThat(term.getStart()).isEqualTo(start);
                    assertThat(term.getEnd()).isEqualTo(end);
                    assertThat(term.getText()).isEqualTo(t.substring(start, end));
                });
        for (Object f : facts) {
            if (f instanceof Located l) {
                assertThat(l.getStart()).isBetween(0, l.getEnd());
                assertThat(l.getEnd()).isLessThanOrEqualTo(t.length());
                assertThat(splitsPair(t, l.getStart()) || splitsPair(t, l.getEnd())).as("%s splits a pair", f).isFalse();
            }
        }
    }

    private static boolean splitsPair(String t, int at) {
        return at > 0 && at < t.length() && Character.isHighSurrogate(t.charAt(at - 1))
                && Character.isLowSurrogate(t.charAt(at));
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp < 0x80 ? String.valueOf((char) cp) : String.format("\\u{%X}", cp)));
        return sb.toString();
    }
}
