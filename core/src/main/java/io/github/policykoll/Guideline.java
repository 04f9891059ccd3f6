package io.github.policykoll;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A guideline of the policy a rule pack encodes, from the pack's catalogue ({@code policy/guidelines.md}).
 *
 * @param id      the stable id every finding names ({@code SM-2.2})
 * @param title   the policy's own words for it
 * @param summary what it asks, as the catalogue explains it (may be empty)
 * @param levels  the levels its findings typically have, most lenient first (may be empty)
 */
public record Guideline(String id, String title, String summary, List<Severity> levels) {
    /**
     * Checks the id; null texts become empty, null levels none.
     *
     * @param id the stable id every finding names ({@code SM-2.2})
     * @param title the policy's own words for it
     * @param summary what it asks, as the catalogue explains it (may be empty)
     * @param levels the levels its findings typically have, most lenient first (may be empty)
     */
    public Guideline {
        requireNonNull(id, "id");
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        levels = levels == null ? List.of() : List.copyOf(levels);
    }
}
