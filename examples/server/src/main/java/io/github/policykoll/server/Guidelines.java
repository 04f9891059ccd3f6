package io.github.policykoll.server;

import io.github.policykoll.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guidelines of the policy a rule pack encodes, read from its catalogue ({@code policy/guidelines.md}: a
 * Markdown table with the id, the policy's own words, what it asks and the typical level).
 */
final class Guidelines {
    /** Where a rule pack keeps its catalogue: on the classpath, or beside a rule directory. */
    static final String CATALOGUE = "policy/guidelines.md";

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*([A-Z][A-Z0-9]*-\\d+(?:\\.\\d+)*)\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|");
    private static final Pattern LEVEL = Pattern.compile("\\b(block|warn|advise)\\b");

    /**
     * One guideline.
     *
     * @param id       the stable id ({@code SM-2.2})
     * @param title    the policy's own words
     * @param asks     what the guideline asks, as the catalogue explains it
     * @param severity the typical level(s), e.g. {@code warn} or {@code advise/warn}
     */
    record Guideline(String id, String title, String asks, String severity) {
    }

    private Guidelines() {
    }

    /** The guidelines in a catalogue's text, in its order. */
    static List<Guideline> parse(String markdown) {
        List<Guideline> out = new ArrayList<>();
        for (String line : markdown.split("\\R")) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            Set<String> levels = new LinkedHashSet<>();
            Matcher l = LEVEL.matcher(m.group(4).toLowerCase(Locale.ROOT));
            while (l.find()) {
                levels.add(l.group(1));
            }
            out.add(new Guideline(m.group(1), m.group(2).strip(), m.group(3).strip(), String.join("/", levels)));
        }
        return List.copyOf(out);
    }

    /**
     * The catalogue of the engine's rule pack: beside {@code rulesDir} when the rules come from a directory,
     * else from the classpath. When there is none, one entry per guideline the rules name (no title).
     */
    static List<Guideline> of(Path rulesDir, ClassLoader loader, List<RuleInfo> rules) {
        String text = null;
        try {
            if (rulesDir != null) {
                Path file = rulesDir.toAbsolutePath().normalize().resolveSibling(CATALOGUE);
                if (Files.isRegularFile(file)) {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                }
            } else {
                try (InputStream in = loader.getResourceAsStream(CATALOGUE)) {
                    if (in != null) {
                        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the guideline catalogue", e);
        }
        List<Guideline> parsed = text == null ? List.of() : parse(text);
        if (!parsed.isEmpty()) {
            return parsed;
        }
        Set<String> ids = new java.util.TreeSet<>();
        rules.forEach(r -> ids.add(r.guideline()));
        return ids.stream().map(id -> new Guideline(id, "", "", "")).toList();
    }
}
