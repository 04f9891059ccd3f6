package io.github.policykoll.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rules}: tools for rule authors. */
@Command(name = "rules", description = "Verktyg för regelförfattare: lista reglerna, testa en regelmapp.", subcommands = {RulesListCommand.class, RulesTestCommand.class})
public final class RulesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: rules list, or rules test DIR");
    }
}
