package io.github.policykoll.spring;

import io.github.policykoll.PolicyEngine;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code policykoll.*} properties of the auto-configured {@link PolicyEngine}. */
@ConfigurationProperties("policykoll")
public class PolicykollProperties {
    private String rulePack;
    private Path rulesDirectory;
    private boolean watch;
    private int maxTextLength = PolicyEngine.DEFAULT_MAX_TEXT_LENGTH;

    /** {@return the rule pack to load from the classpath by name; empty for the only one there is} */
    public String getRulePack() {
        return rulePack;
    }

    /** @param rulePack the rule pack's name, e.g. {@code rules-sv} */
    public void setRulePack(String rulePack) {
        this.rulePack = rulePack;
    }

    /** {@return a directory of .drl files to load instead of a rule pack (needs drools-mvel, drools-drl-parser and ecj)} */
    public Path getRulesDirectory() {
        return rulesDirectory;
    }

    /** @param rulesDirectory the rule directory */
    public void setRulesDirectory(Path rulesDirectory) {
        this.rulesDirectory = rulesDirectory;
    }

    /** {@return whether to reload the rule directory when a file in it changes} */
    public boolean isWatch() {
        return watch;
    }

    /** @param watch whether to watch the rule directory */
    public void setWatch(boolean watch) {
        this.watch = watch;
    }

    /** {@return the longest text to evaluate, in UTF-16 units} */
    public int getMaxTextLength() {
        return maxTextLength;
    }

    /** @param maxTextLength the longest text to evaluate, 1 or more */
    public void setMaxTextLength(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }
}
