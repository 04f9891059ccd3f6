package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where {@link TextMarks} finds marks, checked against their definition written out character by character, on
 * random texts of the characters each kind of mark is about, long enough to cross the rounds in which the marks
 * are gathered.
 */
class TextMarksTest {
    private static final String[] PIECES = {"a", "B", "å", "Ä", "ö", "é", " ", "  ", ".", "!", "?", "…", "\n", ":",
        "©", "\"", "'", "“", "”", "«", "»", "„", "‘", "’", "0", "7", "٣", "\u00AD", "\u200B", "\uFF0D", "\uFF0B",
        "h", "H", "t", "T", "w", "W", "http://x.se", "HTTPS://y", "www.z.se", "Www.", "och", "hw", "(", "<", "[",
        "\t", "😀", "ª", "µ", "²", "×", "–", "—", "x".repeat(40)};

    static Stream<Integer> seeds() {
        return IntStream.range(0, 1500).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matchesTheDefinition(int seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        // mostly short texts, like posts; every tenth long enough for several rounds of 512 characters
        for (int n = seed % 10 == 0 ? 200 + r.nextInt(400) : r.nextInt(40); n > 0; n--) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        String text = b.toString();
        TextMarks marks = TextMarks.of(text);

        assertThat(list(marks.stops)).as("stops in %s", text).isEqualTo(where(text, "\n.!?…"));
        assertThat(list(marks.quotes)).as("quotes in %s", text).isEqualTo(where(text, "\"'“”«»„‘’"));
        assertThat(list(marks.credits)).as("credits in %s", text).isEqualTo(where(text, ":©"));
        assertThat(list(marks.digits)).as("digits in %s", text).isEqualTo(where(text, "0123456789"));
        assertThat(list(marks.linkStarts)).as("link starts in %s", text).isEqualTo(linkStarts(text));
        boolean anyDigit = false;
        boolean shadow = false;
        for (char c : text.toCharArray()) {
            anyDigit |= Character.isDigit(c);
            shadow |= c >= 0x80 && !(c >= 0xC0 && c <= 0xFF)
                    && (Character.isDigit(c) || TextNormalizer.isInvisible(c) || c == '\uFF0D' || c == '\uFF0B');
        }
        assertThat(marks.anyDigit).as("any digit in %s", text).isEqualTo(anyDigit);
        assertThat(marks.numberShadow).as("number shadow in %s", text).isEqualTo(shadow);
    }

    @Test
    void everyLinkStartsAtALinkStart() {
        String text = "Se http://a.se, (https://b.se) och \"www.c.se\" eller HTTP://D.SE och Www.e.se; "
                + "inte xhttp://f.se, hela huset, hwww och wow.";
        List<Integer> starts = list(TextMarks.of(text).linkStarts);
        for (String link : List.of("http://a.se", "https://b.se", "www.c.se", "HTTP://D.SE", "Www.e.se")) {
            assertThat(starts).as(link).contains(text.indexOf(link));
        }
        assertThat(starts).as("only where a link can start").hasSize(5);
    }

    /** Where a character of {@code chars} stands in {@code text}. */
    private static List<Integer> where(String text, String chars) {
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k < text.length(); k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                at.add(k);
            }
        }
        return at;
    }

    /**
     * The definition of a link start: an h before a t or a w before a w (http, https, www. in any case), at the
     * start of the text, after white space or after one of {@code ([<"'”“«}.
     */
    private static List<Integer> linkStarts(String text) {
        List<Integer> at = new ArrayList<>();
        for (int k = 0; k + 1 < text.length(); k++) {
            String two = text.substring(k, k + 2).toLowerCase(Locale.ROOT);
            char prev = k == 0 ? ' ' : text.charAt(k - 1);
            if ((two.equals("ht") || two.equals("ww"))
                    && (k == 0 || Character.isWhitespace(prev) || "([<\"'”“«".indexOf(prev) >= 0)) {
                at.add(k);
            }
        }
        return at;
    }

    private static List<Integer> list(TextMarks.Positions p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            out.add(p.get(i));
        }
        return out;
    }
}
