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
 * compound), {@code idiotförklar*} (any ending), {@code det sägs att} (phrase), {@code -idiotsäker} (exception),
 * {@code rätt i|hos kammarrätten|domstolen} (alternatives: four phrases).
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
            boolean exception = line.startsWith("-");
            List<String> variants = new ArrayList<>();
            String error = alternatives(exception ? line.substring(1).strip() : line, variants);
            if (error != null) {
                problems.add(new Problem(file, lineNo, error));
                continue;
            }
            for (String variant : variants) {
                error = exception ? exception(variant, exceptions) : entry(name, variant, lineNo, entries, seen);
                if (error != null) {
                    problems.add(new Problem(file, lineNo, error));
                    break;
                }
            }
        }
        return new WordList(name, entries, exceptions);
    }

    /** The most entries one line may stand for with its alternatives ({@code a|b}). */
    static final int MAX_VARIANTS = 256;

    /**
     * The entries {@code line} stands for, into {@code out}: a word written {@code a|b|c} is any of the three
     * ("detta|videon censureras på facebook|youtube" is four phrases), each alternative a word of its own
     * ({@code =flickan|=pojken}). Returns what is wrong, or null.
     */
    private static String alternatives(String line, List<String> out) {
        if (line.isEmpty()) {
            out.add(line); // "-" alone: an exception without a word, which exception() reports
            return null;
        }
        List<String[]> words = new ArrayList<>();
        int variants = 1;
        for (String written : line.split("\\s+")) {
            String[] choices = written.split("\\|", -1);
            for (String c : choices) {
                if (c.isEmpty()) {
                    return "'" + written + "' har ett tomt alternativ (skriv ord|ord)";
                }
            }
            words.add(choices);
            variants *= choices.length;
            if (variants > MAX_VARIANTS) {
                return "raden blir fler än " + MAX_VARIANTS + " fraser med sina alternativ (|): dela upp den";
            }
        }
        if (variants == 1) {
            out.add(line); // as written: a rule may compare an entry with its text (Term's entry)
            return null;
        }
        List<String> made = new ArrayList<>(List.of(""));
        for (String[] choices : words) {
            List<String> longer = new ArrayList<>(made.size() * choices.length);
            for (String start : made) {
                for (String c : choices) {
                    longer.add(start.isEmpty() ? c : start + " " + c);
                }
            }
            made = longer;
        }
        out.addAll(made);
        return null;
    }

    /** Adds the exception {@code word} ({@code -ord} without its -); returns what is wrong, or null. */
    private static String exception(String written, Set<String> exceptions) {
        String word = TextNormalizer.fold(written);
        if (word.isEmpty() || word.contains(" ") || word.contains("*")) {
            return "ett undantag (-ord) ska vara ett enda ord utan *, inte '-" + written + "'";
        }
        exceptions.add(word);
        return null;
    }

    /** Adds the entry {@code line} (one phrase, no alternatives) unless already there; returns what is wrong. */
    private static String entry(String name, String line, int lineNo, List<Entry> entries, Set<List<Pattern>> seen) {
        String[] parts = line.split("\\s+");
        if (parts.length > MAX_PHRASE_WORDS) {
            return "en fras får ha högst " + MAX_PHRASE_WORDS + " ord, den här har " + parts.length;
        }
        List<Pattern> words = new ArrayList<>();
        for (String written : parts) {
            // "=flickan": just this form ("flickan", the girl), not every form of its word ("flickor")
            boolean exact = written.startsWith("=");
            String part = exact ? written.substring(1) : written;
            boolean tail = part.startsWith("*");
            boolean head = part.endsWith("*") && part.length() > 1;
            String core = part.substring(tail ? 1 : 0, part.length() - (head ? 1 : 0));
            String word = TextNormalizer.fold(core);
            if (part.contains("=")) {
                return "= får bara stå först i ett ord (=flickan), inte i '" + written + "'";
            } else if (exact && (tail || head)) {
                return "= (bara den här formen) och * kan inte stå i samma ord: '" + written + "'";
            } else if (word.contains("*")) {
                return "* får bara stå först eller sist i ett ord, inte mitt i '" + part + "'";
            } else if (word.isEmpty()) {
                return "'" + written + "' är inget ord";
            } else if ((tail || head) && word.codePointCount(0, word.length()) < 3) {
                return "'" + part + "' är för kort för * (minst tre bokstäver), det skulle träffa för mycket";
            } else if (!TextNormalizer.isWordText(word)) {
                return "'" + part + "' innehåller tecken som inte kan stå i ett ord (bara bokstäver, siffror,"
                        + " emoji, * och = först)";
            }
            words.add(new Pattern(word, tail, head, exact));
        }
        if (seen.add(words)) {
            // the same entry twice would only make matching do the same work twice
            entries.add(new Entry(name, line, words, lineNo));
        }
        return null;
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
