package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.policykoll.Post;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.facts.Term;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Word lists from rule authors and hostile posts cannot hang the engine: matching is hash look-ups per
 * word, never a backtracking regular expression. These are hang guards with generous bounds, not
 * benchmarks (see docs/PERFORMANCE.md for timings).
 */
class PathologicalInputTest {
    private static final Duration GUARD = Duration.ofSeconds(20);
    private static final int MB = 1 << 20;

    private static TextAnalyzer analyzerWithNastyLists() {
        List<String> lines = new ArrayList<>();
        for (int i = 3; i < 60; i++) {
            lines.add("*" + "a".repeat(i) + "*");      // infix entries of every length
            lines.add("a".repeat(i) + "*");
            lines.add("*" + "a".repeat(i));
            lines.add(("a ".repeat(Math.min(i, WordList.MAX_PHRASE_WORDS))).trim());   // phrases of one word
        }
        lines.add("b".repeat(199));
        List<Problem> problems = new ArrayList<>();
        WordList list = WordList.parse("elak", "elak.txt", lines, problems);
        assertThat(problems).isEmpty();
        return new TextAnalyzer(List.of(list));
    }

    @Test
    void analyze_oneMegabyteOfOneLetter_finishes() {
        TextAnalyzer analyzer = analyzerWithNastyLists();
        String text = "a".repeat(MB);
        List<Object> facts = assertTimeoutPreemptively(GUARD, () -> analyzer.analyze(Post.of(text)));
        // one word far longer than any word: not matched, and no time spent trying
        assertThat(facts.stream().filter(Term.class::isInstance)).isEmpty();
    }

    @Test
    void analyze_oneMegabyteOfRepeatedShortWords_finishes() {
        TextAnalyzer analyzer = analyzerWithNastyLists();
        String text = "aaaa ".repeat(MB / 5);
        List<Object> facts = assertTimeoutPreemptively(GUARD, () -> analyzer.analyze(Post.of(text)));
        // every word matches; the first 256 of each list stand for the rest
        assertThat(facts.stream().filter(Term.class::isInstance).map(f -> ((Term) f).getList()).distinct()).isNotEmpty()
                .allSatisfy(list -> assertThat(facts.stream().filter(f -> f instanceof Term t && t.getList().equals(list)))
                        .hasSize(TextAnalyzer.MAX_FACTS_PER_KIND));
    }

    @Test
    void analyze_oneMegabyteOfSingleLetters_finishes() {
        TextAnalyzer analyzer = analyzerWithNastyLists();
        String text = "a ".repeat(MB / 2);
        List<Object> facts = assertTimeoutPreemptively(GUARD, () -> analyzer.analyze(Post.of(text)));
        assertThat(facts.stream().filter(Term.class::isInstance)).isNotEmpty();
    }

    @Test
    void wordList_rejectsOverlongPhrases() {
        List<Problem> problems = new ArrayList<>();
        WordList.parse("x", "x.txt", List.of("a b c d e f g h i"), problems);
        assertThat(problems).extracting(Problem::toString)
                .containsExactly("x.txt:1: en fras får ha högst 8 ord, den här har 9");
    }

    @Test
    void analyze_oneMegabyteOfMixedHostileText_finishes() {
        TextAnalyzer analyzer = analyzerWithNastyLists();
        Random random = new Random(42);
        StringBuilder sb = new StringBuilder(MB + 100);
        String[] pieces = {"a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", " ", ".", "!!!", "@", "#",
            "http://x.se/", "811218-9876", "070-123 45 67", "A ", "SL ", "\u200B", "і", "1", "\n", "Foto: ", "a@b.se"};
        while (sb.length() < MB) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        String text = sb.toString();
        List<Object> facts = assertTimeoutPreemptively(GUARD, () -> analyzer.analyze(Post.of(text)));
        assertThat(facts).isNotEmpty();
        for (Object f : facts) {
            if (f instanceof io.github.policykoll.facts.Located l && l.getEnd() > 0) {
                assertThat(l.getEnd()).isLessThanOrEqualTo(text.length());
            }
        }
    }
}
