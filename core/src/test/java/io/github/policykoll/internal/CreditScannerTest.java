package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.facts.Credit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The photo-credit scanner finds exactly what the regular expression it replaced found, on real-looking credits
 * and on random strings made of the pieces that could trip it (credit words in odd cases, colons, spaces and tabs,
 * letters outside the BMP, numbers that are not digits, ©).
 */
class CreditScannerTest {
    /** The regular expression the scanner replaced: the oracle. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:foto|fotograf|bild|källa|illustration|grafik|photo|video|film)[ \\t]{0,3}:[ \\t]{0,3}"
            + "[\\p{L}\\p{N}@]|©");
    private static final String[] PIECES = {"foto", "Foto", "FOTOGRAF", "fotograf", "bild", "BiLd", "källa", "KÄLLA",
        "Källa", "illustration", "grafik", "photo", "video", "film", "Film", ":", ":", ":", " ", " ", "\t", "   ",
        "    ", "©", "a", "X", "ö", "1", "½", "Ⅻ", "@", "-", ".", "\n", "𝒜", "\u212A", "\u017F", "İ", "x", "fotox",
        "K", "allа", "："};

    static Stream<Integer> seeds() {
        return IntStream.range(0, 3000).boxed();
    }

    @Test
    void findsCreditsAsWritten() {
        assertThat(scan("Foto: Anna Andersson. Källa:TT ©2024 bild :x")).containsExactly(
                "0-6 Foto: ", "22-28 Källa:", "31-32 ©", "37-43 bild :");
        assertThat(scan("Fotograf:  @anna, PHOTO\t:\tAP")).containsExactly("0-11 Fotograf:  ", "18-26 PHOTO\t:\t");
        assertThat(scan("vfoto: x, foto:, foto :  , foto:-")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsWhatTheRegularExpressionFound(int seed) {
        Random r = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int n = r.nextInt(12) + 1; n > 0; n--) {
            text.append(PIECES[r.nextInt(PIECES.length)]);
        }
        String s = text.toString();
        assertThat(scan(s)).as("%s", s).isEqualTo(oracle(s));
    }

    private static List<String> scan(String text) {
        List<Object> facts = new ArrayList<>();
        TextAnalyzer.findCredits(text, facts);
        List<String> out = new ArrayList<>();
        for (Object f : facts) {
            Credit c = (Credit) f;
            out.add(c.getStart() + "-" + c.getEnd() + " " + c.getText());
        }
        return out;
    }

    private static List<String> oracle(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            int end = m.group().equals("©") ? m.end() : m.end() - 1;
            out.add(m.start() + "-" + end + " " + text.substring(m.start(), end));
        }
        return out;
    }
}
