package io.github.policykoll.internal;

import java.util.ArrayList;
import java.util.List;

/** Swedish inflection endings, stripped to find a word list's base form (idioterna → idiot). */
final class Inflections {
    /** Longest first, so that the most specific stem comes first. */
    private static final String[] SUFFIXES = {
        "ernas", "arnas", "ornas", "erna", "arna", "orna", "ens", "ets", "ers", "ars", "ors", "rna",
        "en", "et", "er", "ar", "or", "na", "es", "n", "t", "r", "s"
    };
    private static final int MIN_STEM = 2;

    private Inflections() {
    }

    /** The word itself and, when {@code inflect}, every stem left after stripping one ending. */
    static List<String> stems(String word, boolean inflect) {
        if (!inflect) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>(4);
        out.add(word);
        for (String s : SUFFIXES) {
            if (word.length() - s.length() >= MIN_STEM && word.endsWith(s)) {
                String stem = word.substring(0, word.length() - s.length());
                out.add(stem);
                // base forms ending in a vowel drop it before an ending: fårskalle → fårskallar
                out.add(stem + "e");
                out.add(stem + "a");
            }
        }
        return out;
    }
}
