package io.github.policykoll.bench;

import io.github.policykoll.internal.ClasspathPacks;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The floor the benchmarks report beside the engine: lower-case the text, split it into words, one hash look-up
 * per word against every word of the rule pack's word lists. What any checker must at least do with a post.
 */
final class Floor {
    private final Set<String> words = new HashSet<>();

    /** Every word-list word of the packs on the class path, lower-cased, without its wildcards. */
    Floor() {
        ClasspathPacks.resources(Floor.class.getClassLoader(), "regler/ordlistor", ".txt")
                .values().forEach(text -> text.lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> words.add(l.replace("*", "").replace("-", "").toLowerCase(Locale.ROOT))));
    }

    /** How many of the text's words are word-list words. */
    int hits(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int hits = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                hits += words.contains(lower.substring(start, i)) ? 1 : 0;
                start = -1;
            }
        }
        return hits;
    }
}
