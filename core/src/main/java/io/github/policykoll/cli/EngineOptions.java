package io.github.policykoll.cli;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.RulePackException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of every command that evaluates posts ({@code check}, {@code serve}, {@code audit}), a picocli
 * mixin: where the rules come from and the longest text, and one way to say why rules cannot be loaded.
 */
public final class EngineOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rules in this directory (*.drl, ordlistor/) instead of the built rule pack.")
    Path rulesDir;

    @Option(names = "--max-text-length", paramLabel = "N", description = {
        "Longest text to evaluate, in UTF-16 units (default: 100000); a longer post is refused with an error."})
    int maxTextLength = PolicyEngine.DEFAULT_MAX_TEXT_LENGTH;

    /** {@return the rule directory given, or null for the built rule pack} */
    public Path rulesDir() {
        return rulesDir;
    }

    /**
     * A builder with these options.
     *
     * @param spec the command, for a usage error
     * @return the builder, rule directory and text limit set
     * @throws CommandLine.ParameterException when {@code --max-text-length} is below 1
     */
    public PolicyEngine.Builder builder(CommandLine.Model.CommandSpec spec) {
        if (maxTextLength < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-text-length must be 1 or more, not " + maxTextLength);
        }
        PolicyEngine.Builder b = PolicyEngine.builder().maxTextLength(maxTextLength);
        if (rulesDir != null) {
            b.rulesDirectory(rulesDir);
        }
        return b;
    }

    /**
     * Says why the rules cannot be loaded: for a rule author's directory one Swedish line per problem, as
     * {@code rules test} prints them; for the built rule pack the developer's message.
     *
     * @param e   the problems
     * @param err where to say it
     * @return the exit status for it, 2
     */
    public int report(RulePackException e, PrintWriter err) {
        if (rulesDir == null) {
            err.println("policykoll: " + e.getMessage());
        } else {
            err.println("policykoll: reglerna i " + rulesDir + " går inte att ladda (" + e.problems().size()
                    + " problem; kör policykoll rules test " + rulesDir + "):");
            e.problems().forEach(p -> err.println("  " + p));
        }
        return 2;
    }
}
