package io.github.policykoll;

import static java.util.Objects.requireNonNull;

/**
 * A rule of the loaded rule pack, as declared by its metadata.
 *
 * @param id        stable rule id ({@code @id})
 * @param name      the rule's name in the .drl file
 * @param guideline guideline id ({@code @guideline})
 * @param severity  level ({@code @severity})
 * @param message   Swedish message ({@code @message})
 * @param file      the .drl file it was read from, as the rule pack names it
 * @param line      the line of the rule in that file, or 0 when unknown (precompiled rule packs)
 */
public record RuleInfo(String id, String name, String guideline, Severity severity, String message, String file,
        int line) {
    /**
     * Checks the required parts.
     *
     * @param id        stable rule id
     * @param name      the rule's name in the .drl file
     * @param guideline guideline id
     * @param severity  level
     * @param message   Swedish message
     * @param file      the .drl file it was read from
     * @param line      the line of the rule in that file, or 0 when unknown
     */
    public RuleInfo {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(guideline, "guideline");
        requireNonNull(severity, "severity");
        requireNonNull(message, "message");
    }
}
