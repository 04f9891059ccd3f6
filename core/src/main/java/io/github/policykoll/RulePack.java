package io.github.policykoll;

import static java.util.Objects.requireNonNull;

/**
 * The name and version of the rule pack that made an evaluation.
 *
 * @param name    the rule pack's name, e.g. {@code rules-sv}
 * @param version its version
 */
public record RulePack(String name, String version) {
    /**
     * Both are required.
     *
     * @param name    the rule pack's name, e.g. {@code rules-sv}
     * @param version its version
     */
    public RulePack {
        requireNonNull(name, "name");
        requireNonNull(version, "version");
    }
}
