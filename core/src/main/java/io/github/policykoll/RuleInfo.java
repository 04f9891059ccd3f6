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
 */
public record RuleInfo(String id, String name, String guideline, Severity severity, String message, String file) {
    public RuleInfo {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(guideline, "guideline");
        requireNonNull(severity, "severity");
        requireNonNull(message, "message");
    }
}
