package io.github.policykoll;

import static java.util.Objects.requireNonNull;

/** The name and version of the rule pack that made an evaluation. */
public record RulePack(String name, String version) {
    public RulePack {
        requireNonNull(name, "name");
        requireNonNull(version, "version");
    }
}
