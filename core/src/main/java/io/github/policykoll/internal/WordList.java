package io.github.policykoll.internal;

import io.github.policykoll.RulePackException.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One word list: a plain UTF-8 file, one entry a line, {@code #} comments. See rules-sv/README.md for the
 * syntax: {@code idiot} (with inflections), {@code =flickan} (this form only), {@code *pack} (last part of a
 * compound), {@code idiotförklar*} (any ending), {@code det sägs att} (phrase), {@code -idiotsäker} (exception).
 */
public final class WordList {
    private static final int MAX_ENTRY_LENGTH = 200;
    /** Longer phrases would make each word's look-up walk far ahead; no real phrase needs more. */
    static final int MAX_PHRASE_WORDS = 8;

    /** One entry: its words as patterns. */
    record Entry(String list, String raw, List<Pattern> words, int line) {
    }

    /**
     * One word of an entry. {@code tail}: may be the end of a compound; {@code head}: may go on; {@code exact}: this
     * form only, not inflected ({@code =flickan}: the girl, not "flickor").
     */
    record Pattern(String word, boolean tail, boolean head, boolean exact) {
    }

    private final String name;
    private final List<Entry> entries;
    private final Set<String> exceptions;

    private WordList(String name, List<Entry> entries, Set<String> exceptions) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.exceptions = Set.copyOf(exceptions);
    }

    public String name() {
        return name;
    }

    List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The exceptions ({@code -ord}), folded: words that never match, in any of their forms. */
    Set<String> exceptions() {
        return exceptions;
    }

    /**
     * Parses a word list. Problems (with the file's name and line) are added to {@code problems}; the
     * entries that could be read are kept.
     */
    public static WordList parse(String name, String file, List<String> lines, List<Problem> problems) {
        List<Entry> entries = new ArrayList<>();
        Set<String> exceptions = new HashSet<>();
        Set<List<Pattern>> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() > MAX_ENTRY_LENGTH) {
                problems.add(new Problem(file, lineNo, "raden är för lång (högst " + MAX_ENTRY_LENGTH + " tecken)"));
                continue;
            }
            if (line.startsWith("-")) {
                String word = TextNormalizer.fold(line.substring(1).strip());
                if (word.isEmpty() || word.contains(" ") || word.contains("*")) {
                    problems.add(new Problem(file, lineNo,
                            "ett undantag (-ord) ska vara ett enda ord utan *, inte '" + line + "'"));
                } else {
                    exceptions.add(word);
                }
                continue;
            }
            List<Pattern> words = new ArrayList<>();
            String error = null;
            String[] parts = line.split("\\s+");
            if (parts.length > MAX_PHRASE_WORDS) {
                problems.add(new Problem(file, lineNo, "en fras får ha högst " + MAX_PHRASE_WORDS + " ord, den här har "
                        + parts.length));
                continue;
            }
            for (String written : parts) {
                // "=flickan": just this form ("flickan", the girl), not every form of its word ("flickor")
                boolean exact = written.startsWith("=");
                String part = exact ? written.substring(1) : written;
                boolean tail = part.startsWith("*");
                boolean head = part.endsWith("*") && part.length() > 1;
                String core = part.substring(tail ? 1 : 0, part.length() - (head ? 1 : 0));
                String word = TextNormalizer.fold(core);
                if (part.contains("=")) {
                    error = "= får bara stå först i ett ord (=flickan), inte i '" + written + "'";
                } else if (exact && (tail || head)) {
                    error = "= (bara den här formen) och * kan inte stå i samma ord: '" + written + "'";
                } else if (word.contains("*")) {
                    error = "* får bara stå först eller sist i ett ord, inte mitt i '" + part + "'";
                } else if (word.isEmpty()) {
                    error = "'" + written + "' är inget ord";
                } else if ((tail || head) && word.codePointCount(0, word.length()) < 3) {
                    error = "'" + part + "' är för kort för * (minst tre bokstäver), det skulle träffa för mycket";
                } else if (!TextNormalizer.isWordText(word)) {
                    error = "'" + part + "' innehåller tecken som inte kan stå i ett ord (bara bokstäver, siffror,"
                            + " emoji, * och = först)";
                }
                if (error != null) {
                    break;
                }
                words.add(new Pattern(word, tail, head, exact));
            }
            if (error != null) {
                problems.add(new Problem(file, lineNo, error));
                continue;
            }
            if (seen.add(words)) {
                // the same entry twice would only make matching do the same work twice
                entries.add(new Entry(name, line, words, lineNo));
            }
        }
        return new WordList(name, entries, exceptions);
    }

    /** Reads every {@code *.txt} in {@code dir} (none when it does not exist); {@code prefix} names it in problems. */
    public static List<WordList> readDirectory(Path dir, String prefix, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<WordList> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String fileName = f.getFileName().toString();
                String file = prefix + "/" + fileName;
                List<String> lines;
                try {
                    lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                } catch (MalformedInputException e) {
                    problems.add(new Problem(file, 0, "filen är inte sparad som UTF-8"));
                    continue;
                }
                out.add(parse(fileName.substring(0, fileName.length() - 4), file, lines, problems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word lists in " + dir, e);
        }
        return out;
    }
}
