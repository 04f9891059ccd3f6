package io.github.policykoll.internal;

import io.github.policykoll.Guideline;
import io.github.policykoll.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule pack's guideline catalogue: a Markdown table whose rows start with a guideline id, then the
 * policy's own words, what the guideline asks, and its typical level(s) ({@code block}, {@code warn},
 * {@code advise}). Any other line is prose and skipped.
 */
public final class GuidelineCatalogue {
    /** The form of a guideline id: letters, a dash, numbers with dots ({@code SM-2.2}, {@code EX-1}). */
    public static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-\\d+(?:\\.\\d+)*");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(" + ID.pattern() + ")\\s*\\|(.*)$");
    private static final Pattern LEVEL = Pattern.compile("\\b(block|warn|advise)\\b");
    /** The catalogue's own note after a title ("(derived from SM-1.4 and SM-1.6)"): not the policy's words. */
    private static final Pattern NOTE = Pattern.compile("\\s*\\((?:derived from|härledd ur)\\b.*\\)\\s*$");

    private GuidelineCatalogue() {
    }

    /** The guidelines in a catalogue's text, in its order; empty when it has none. */
    public static List<Guideline> parse(String markdown) {
        List<Guideline> out = new ArrayList<>();
        for (String line : markdown.split("\\R")) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) {
                continue;
            }
            String[] cells = m.group(2).split("\\|", -1);
            String title = cells.length > 0 ? NOTE.matcher(cells[0]).replaceFirst("").strip() : "";
            String summary = cells.length > 1 ? cells[1].strip() : "";
            Set<Severity> levels = EnumSet.noneOf(Severity.class);
            if (cells.length > 2) {
                Matcher l = LEVEL.matcher(cells[2].toLowerCase(Locale.ROOT));
                while (l.find()) {
                    levels.add(Severity.parse(l.group(1)));
                }
            }
            out.add(new Guideline(m.group(1), title, summary, List.copyOf(levels)));
        }
        return List.copyOf(out);
    }
}
