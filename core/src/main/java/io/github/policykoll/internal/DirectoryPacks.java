package io.github.policykoll.internal;

import io.github.policykoll.RulePack;
import io.github.policykoll.RulePackException;
import io.github.policykoll.RulePackException.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Builds a rule pack from a directory of {@code .drl} files (with word lists in {@code ordlistor/}) using
 * the classic DRL build, which reports real file and line numbers. Used for rule authors' tests and for
 * engines that load and reload rules from disk.
 */
public final class DirectoryPacks {
    /** The word-list folder inside a rule directory. */
    public static final String WORD_LISTS = "ordlistor";
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private DirectoryPacks() {
    }

    /**
     * Compiles {@code dir}.
     *
     * @throws RulePackException with every problem (file relative to {@code dir}, line) when it is broken
     */
    public static LoadedPack load(Path dir, RulePack info) {
        if (!Files.isDirectory(dir)) {
            throw new RulePackException(List.of(new Problem(dir.toString(), 0, "mappen finns inte")));
        }
        Authoring.requireDirectoryBuild();
        List<Problem> problems = new ArrayList<>();
        List<io.github.policykoll.Guideline> guidelines = guidelines(dir);
        List<WordList> lists = WordList.readDirectory(dir.resolve(WORD_LISTS), WORD_LISTS, problems);
        // the word lists expand while the rules compile
        CompletableFuture<TextAnalyzer> analyzer = problems.isEmpty() ? LoadedPack.analyzerInBackground(lists) : null;
        Map<String, String> ruleFiles = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        List<Path> drls = files(dir, ".drl");
        if (drls.isEmpty()) {
            problems.add(new Problem(dir.toString(), 0, "mappen har inga .drl-filer"));
        }
        for (Path drl : drls) {
            String name = dir.relativize(drl).toString();
            String source;
            try {
                source = Files.readString(drl, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                problems.add(new Problem(name, 0, "filen är inte sparad som UTF-8"));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Matcher m = RULE.matcher(source);
            while (m.find()) {
                String previous = ruleFiles.putIfAbsent(m.group(1), name + ":" + lineOf(source, m.start(1)));
                if (previous != null) {
                    problems.add(new Problem(name, lineOf(source, m.start(1)),
                            DrlErrors.message("duplicate", m.group(1), previous)));
                }
            }
            sources.put(name, source);
            builder.add(ResourceFactory.newByteArrayResource(source.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(name), ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            Map<String, List<DrlErrors.Error>> byFile = new java.util.TreeMap<>();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                String file = error.getResource() == null ? null : error.getResource().getSourcePath();
                int[] lines = error.getLines();
                int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
                if (file == null || !sources.containsKey(file)) {
                    String m = DrlErrors.oneLine(error.getMessage());
                    problems.add(new Problem(file, line, DrlErrors.message("other", m), m));
                } else {
                    byFile.computeIfAbsent(file, f -> new ArrayList<>())
                            .add(new DrlErrors.Error(line, error.getMessage()));
                }
            }
            byFile.forEach((file, errors) -> problems.addAll(DrlErrors.translate(file, sources.get(file), errors)));
        }
        if (problems.isEmpty()) {
            // compiled: now what the compiler lets through (a word list that does not exist, "ja" for a yes/no)
            Set<String> listNames = new java.util.HashSet<>(TextAnalyzer.BUILT_IN_LISTS);
            lists.forEach(l -> listNames.add(l.name()));
            problems.addAll(RuleChecks.check(builder.getKnowledgePackages(), ruleFiles, sources, listNames,
                    RuleChecks.Catalogue.of("../" + CATALOGUE, guidelines)));
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(sorted(problems));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        return new LoadedPack(info, kieBase, analyzer, ruleFiles, guidelines);
    }

    /**
     * The guidelines of the policy the rules in {@code dir} encode: the catalogue {@value #CATALOGUE} beside the
     * rule directory (as in rules-sv: {@code regler/} and {@code policy/guidelines.md}); empty when there is
     * none, and then only the form of an id is checked.
     */
    public static List<io.github.policykoll.Guideline> guidelines(Path dir) {
        Path file = dir.toAbsolutePath().normalize().resolveSibling(CATALOGUE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return GuidelineCatalogue.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Where a rule directory's guideline catalogue is, relative to the directory's parent. */
    public static final String CATALOGUE = "policy/guidelines.md";

    /** The files in {@code dir} (not below) ending with {@code suffix}, in name order. */
    public static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file()).thenComparingInt(Problem::line));
        return out;
    }

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
