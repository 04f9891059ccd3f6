package io.github.policykoll.cli;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rules list}: the rules of the rule pack on the classpath. */
@Command(name = "list", description = "Listar regelpaketets regler: id, riktlinje, nivå, namn.")
public final class RulesListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            out.println(engine.rulePack().name() + " " + engine.rulePack().version() + ": "
                    + engine.rules().size() + " rules");
            for (RuleInfo r : engine.rules()) {
                out.printf("%-40s %-7s %-6s %s%n", r.id(), r.guideline(), r.severity().id(), r.name());
            }
        }
        return 0;
    }
}
