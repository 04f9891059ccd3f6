package io.github.policykoll.cli;

import io.github.policykoll.RuleInfo;
import io.github.policykoll.RulePack;
import io.github.policykoll.RulePackException;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.internal.AuthorMessages;
import io.github.policykoll.internal.DirectoryPacks;
import io.github.policykoll.internal.Examples;
import io.github.policykoll.internal.Examples.Example;
import io.github.policykoll.internal.LoadedPack;
import io.github.policykoll.internal.RuleLoopException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rules test DIR}: for rule authors. Compiles the rule directory (classic build: real file and line
 * numbers), checks word lists, metadata and examples, runs every example, and prints one line per problem
 * as {@code file:line: what is wrong}, in Swedish. Exit 0 when all is well, 1 on any problem, 2 on usage.
 */
@Command(name = "test", description = {
    "Testar en regelmapp: kompilerar reglerna, kontrollerar dem och kör varje exempel.",
    "",
    "Läser *.drl, *.exempel och ordlistor/*.txt i DIR och skriver ett problem per rad som fil:rad: vad som "
        + "är fel och vad du gör åt det, sist en sammanfattning. Se rules-sv/README.md.",
    "",
    "Slutstatus: 0 när allt är rätt, 1 när något problem finns, 2 när mappen inte finns."})
public final class RulesTestCommand implements Callable<Integer> {
    /** Each reporting rule needs this many examples of each kind, unless it says why not with @examples. */
    static final int MIN_EXAMPLES = 3;

    @Parameters(paramLabel = "DIR", description = "regelmappen, t.ex. rules-sv/src/main/resources/regler")
    Path dir;

    @Option(names = "--verbose", description = "skriv också vad regelkompilatorn Drools sa, under varje problem")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("policykoll: ingen mapp: " + dir);
            return 2;
        }
        List<Problem> problems = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        for (Path f : DirectoryPacks.files(dir, ".exempel")) {
            String file = dir.relativize(f).toString();
            try {
                examples.addAll(Examples.parse(file, Files.readAllLines(f, StandardCharsets.UTF_8), problems));
            } catch (MalformedInputException e) {
                problems.add(new Problem(file, 0, "filen är inte sparad som UTF-8"));
            }
        }
        LoadedPack pack = null;
        try {
            pack = DirectoryPacks.load(dir, new RulePack(dir.getFileName().toString(), "test"));
        } catch (RulePackException e) {
            problems.addAll(e.problems());
        }
        int passed = 0;
        int failed = 0;
        int rules = 0;
        if (pack != null) {
            rules = pack.rules().size();
            Set<String> ids = new HashSet<>();
            for (RuleInfo r : pack.rules()) {
                ids.add(r.id());
                long flag = examples.stream().filter(e -> e.ruleId().equals(r.id()) && e.flagged()).count();
                long pass = examples.stream().filter(e -> e.ruleId().equals(r.id()) && !e.flagged()).count();
                boolean excused = !pack.examplesExcuse(r.name()).isBlank();
                if (flag == 0 || pass == 0 || (!excused && (flag < MIN_EXAMPLES || pass < MIN_EXAMPLES))) {
                    problems.add(new Problem(r.file(), r.line(), AuthorMessages.of("examples", r.name(), r.id(),
                            flag, pass, MIN_EXAMPLES, r.id())));
                }
            }
            Set<String> looping = new HashSet<>();
            for (Example e : examples) {
                if (!ids.contains(e.ruleId())) {
                    problems.add(new Problem(e.file(), e.line(), "ingen regel har @id(\"" + e.ruleId() + "\")"));
                    failed++;
                    continue;
                }
                String why;
                try {
                    why = Examples.check(e, pack.evaluate(e.post()));
                } catch (RuleLoopException loop) {
                    failed++;
                    if (looping.add(loop.rule())) {
                        problems.add(new Problem(loop.source().file(), loop.source().line(), AuthorMessages.of(
                                "loop", loop.rule(), loop.firings(), e.file() + ":" + e.line()), loop.getMessage()));
                    }
                    continue;
                } catch (RuntimeException ex) {
                    why = "regeln kraschade: " + ex.getMessage();
                }
                if (why == null) {
                    passed++;
                } else {
                    failed++;
                    problems.add(new Problem(e.file(), e.line(), "[" + e.ruleId() + "] " + why));
                }
            }
        }
        for (Problem p : problems) {
            out.println(p);
            if (verbose && !p.detail().isEmpty()) {
                out.println("    Drools: " + p.detail());
            }
        }
        out.println(rules + " regler, " + examples.size() + " exempel: " + passed + " godkända, " + failed
                + " fel" + (problems.isEmpty() ? "" : "; " + problems.size() + " problem att rätta"));
        return problems.isEmpty() ? 0 : 1;
    }
}
