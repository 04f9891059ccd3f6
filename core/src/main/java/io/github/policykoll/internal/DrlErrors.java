package io.github.policykoll.internal;

import io.github.policykoll.RulePackException.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the DRL compiler says about one file into what a rule author can act on: one Swedish line per
 * mistake, at the line to change, with the compiler's own words kept as {@link Problem#detail()}. Drools
 * reports a missing {@code end} at the end of the file or inside the next rule, a missing {@code ;} at the
 * rule's first line, a missing file header as one error per fact type, and follows each real error with
 * errors that only repeat it; this class finds the line from the error and the source text and drops the
 * repeats. The messages are in {@link AuthorMessages}.
 */
final class DrlErrors {
    /** The fact types the rules can match on, for suggestions. */
    static final List<String> FACTS = List.of("CapsRun", "Credit", "Email", "Hashtag", "Hit", "Link", "MediaItem",
            "Mention", "Personnummer", "PhoneNumber", "PostInfo", "PunctuationRun", "Referent", "ReplyTerm",
            "Sentence", "StreetAddress", "Term", "ToneStats");

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern IN_RULE = Pattern.compile("in rule \"([^\"]+)\"");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");
    private static final Pattern DECLARE = Pattern.compile("^\\s*declare\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern HEADER_PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+", Pattern.MULTILINE);
    private static final Pattern HEADER_IMPORT = Pattern.compile(
            "^\\s*import\\s+io\\.github\\.policykoll\\.facts\\.", Pattern.MULTILINE);

    /** One error of the compiler: its first line (0 when unknown) and its message. */
    record Error(int line, String message) {
    }

    private DrlErrors() {
    }

    static String message(String key, Object... args) {
        return AuthorMessages.of(key, args);
    }

    /** The problems for {@code errors}, all about {@code file} whose text is {@code source}. */
    static List<Problem> translate(String file, String source, List<Error> errors) {
        if (errors.isEmpty()) {
            return List.of();
        }
        String[] lines = source.split("\\R", -1);
        String all = String.join(" | ", errors.stream().map(Error::message).toList());
        if (!HEADER_PACKAGE.matcher(source).find() || !HEADER_IMPORT.matcher(source).find()) {
            return List.of(new Problem(file, 1, message("header"), all)); // everything else follows from it
        }
        Set<Problem> out = new LinkedHashSet<>();
        boolean unknownType = errors.stream().anyMatch(e -> e.message().contains("Unable to resolve ObjectType"));
        for (Error e : errors) {
            String m = oneLine(e.message());
            Matcher type = OBJECT_TYPE.matcher(m);
            Matcher inRule = IN_RULE.matcher(m);
            if (m.contains("Parser returned a null Package") || m.startsWith("Duplicate rule name")
                    || m.contains("is already defined")) {
                continue; // repeats another error (the duplicate name is reported by DirectoryPacks)
            }
            if (type.find()) {
                String name = type.group(1);
                List<String> known = new ArrayList<>(FACTS);
                Matcher d = DECLARE.matcher(source);
                while (d.find()) {
                    known.add(d.group(1));
                }
                String near = Spelling.nearest(name, known);
                out.add(new Problem(file, e.line(), message("type", name,
                        near == null ? ": faktatyperna står i guiden" : ": menar du \"" + near + "\"?"), m));
            } else if (unknownType && (m.contains("cannot be resolved to a variable")
                    || m.contains("cannot be resolved to a type"))) {
                continue; // a variable bound on the unknown fact type
            } else if (m.contains("insert \";\"")) {
                int line = missingSemicolon(lines, e.line());
                out.add(new Problem(file, line, message("semicolon"), m));
            } else if (m.contains("[ERR 10") && inRule.find()) {
                int ruleLine = ruleLine(lines, inRule.group(1));
                int lastLine = ruleLine > 0 ? lineBeforeMissingEnd(lines, ruleLine) : -1;
                out.add(lastLine > 0 ? new Problem(file, lastLine, message("end", inRule.group(1)), m)
                        : new Problem(file, e.line(), message("syntax", drop(m)), m));
            } else if (m.contains("[ERR ")) {
                out.add(new Problem(file, e.line(), message("syntax", drop(m)), m));
            } else {
                out.add(new Problem(file, e.line(), message("other", m), m));
            }
        }
        return List.copyOf(out);
    }

    /** The 1-based line of {@code rule "name"}, or 0. */
    private static int ruleLine(String[] lines, String name) {
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE.matcher(lines[i]);
            if (m.find() && m.group(1).equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * When the rule starting at {@code ruleLine} runs into the next rule or the end of the file without an
     * {@code end}, the last line of its own text (where {@code end} belongs after); otherwise -1.
     */
    private static int lineBeforeMissingEnd(String[] lines, int ruleLine) {
        boolean then = false;
        int lastText = ruleLine;
        for (int i = ruleLine; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.equals("end")) {
                return -1;
            }
            if (RULE.matcher(lines[i]).find()) {
                return then ? lastText : -1;
            }
            then |= t.equals("then");
            if (!t.isEmpty() && !t.startsWith("//")) {
                lastText = i + 1;
            }
        }
        return then ? lastText : -1;
    }

    /**
     * The line that lacks its {@code ;}: the first statement line of the consequence of the rule at or before
     * {@code reported} that ends without one. Drools reports such errors at the rule's first line.
     */
    private static int missingSemicolon(String[] lines, int reported) {
        int from = Math.max(0, reported - 1);
        boolean then = false;
        for (int i = from; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.equals("end") || (i > from && RULE.matcher(lines[i]).find())) {
                break;
            }
            if (t.equals("then")) {
                then = true;
                continue;
            }
            if (!then || t.isEmpty() || t.startsWith("//")) {
                continue;
            }
            String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
            boolean continued = t.endsWith(",") || t.endsWith("(") || t.endsWith("{") || t.endsWith("}")
                    || t.endsWith("+") || t.endsWith("&&") || t.endsWith("||") || next.startsWith(".")
                    || next.startsWith(")") || next.startsWith("+");
            if (!t.endsWith(";") && !continued) {
                return i + 1;
            }
        }
        return reported;
    }

    private static String drop(String m) {
        return m.replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
    }

    static String oneLine(String message) {
        return message == null ? "okänt fel" : message.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
