package io.github.policykoll.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.Post;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.Span;
import io.github.policykoll.json.InvalidPostException;
import io.github.policykoll.json.PolicyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule's examples, read from an {@code .exempel} file beside its .drl file:
 *
 * <pre>
 * [sv.personangrepp.skallsord]
 * flaggas: Du är en [[idiot]], Kalle.
 * godkänns: Vi tar avstånd från personangrepp.
 * flaggas: {"text": "Bild från akuten", "media": [{"type": "image"}]}
 * </pre>
 *
 * {@code flaggas} (must be flagged): the rule must report exactly the words in {@code [[ ]]}, or, with
 * no markers, a finding with no words marked. {@code godkänns} (must pass): the rule must report nothing.
 */
public final class Examples {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FLAG = "flaggas:";
    private static final String PASS = "godkänns:";

    /**
     * One example.
     *
     * @param expected the marked spans of a flagged example (empty: a finding without words)
     */
    public record Example(String file, int line, String ruleId, boolean flagged, Post post, List<Span> expected) {
        public String where() {
            return file + ":" + line;
        }
    }

    private Examples() {
    }

    /** Reads an examples file; problems go to {@code problems} with file and line. */
    public static List<Example> parse(String file, List<String> lines, List<Problem> problems) {
        List<Example> out = new ArrayList<>();
        String rule = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]") && !line.startsWith("[[")) {
                rule = line.substring(1, line.length() - 1).strip();
                continue;
            }
            boolean flagged = line.startsWith(FLAG);
            if (!flagged && !line.startsWith(PASS)) {
                problems.add(new Problem(file, lineNo,
                        "raden ska börja med 'flaggas:', 'godkänns:', '[regel-id]' eller '#', inte '" + abbreviate(line) + "'"));
                continue;
            }
            if (rule == null) {
                problems.add(new Problem(file, lineNo, "exemplet står före första [regel-id]: skriv vilken regel det gäller"));
                continue;
            }
            String body = line.substring(flagged ? FLAG.length() : PASS.length()).strip();
            try {
                out.add(example(file, lineNo, rule, flagged, body));
            } catch (IllegalArgumentException | InvalidPostException e) {
                problems.add(new Problem(file, lineNo, e.getMessage()));
            }
        }
        return out;
    }

    private static Example example(String file, int line, String rule, boolean flagged, String body)
            throws InvalidPostException {
        if (body.isEmpty()) {
            throw new IllegalArgumentException("exemplet är tomt");
        }
        Post post;
        List<Span> spans = new ArrayList<>();
        if (body.startsWith("{")) {
            ObjectNode node;
            try {
                node = (ObjectNode) MAPPER.readTree(body);
            } catch (Exception e) {
                throw new IllegalArgumentException("exemplet är inte giltig JSON: " + firstLine(e.getMessage()));
            }
            if (node.hasNonNull("text") && node.get("text").isTextual()) {
                node.put("text", unmark(node.get("text").asText(), spans));
            }
            post = PolicyJson.readPost(node.toString());
        } else {
            post = Post.of(unmark(body, spans));
        }
        if (!flagged && !spans.isEmpty()) {
            throw new IllegalArgumentException("ett 'godkänns:'-exempel ska inte ha [[ ]]-markeringar");
        }
        return new Example(file, line, rule, flagged, post, spans);
    }

    /** Removes {@code [[ ]]} markers, recording the marked spans of the unmarked text. */
    static String unmark(String marked, List<Span> spans) {
        StringBuilder sb = new StringBuilder(marked.length());
        int i = 0;
        while (i < marked.length()) {
            int open = marked.indexOf("[[", i);
            if (open < 0) {
                sb.append(marked, i, marked.length());
                break;
            }
            int close = marked.indexOf("]]", open + 2);
            if (close < 0) {
                throw new IllegalArgumentException("[[ saknar sitt ]]");
            }
            sb.append(marked, i, open);
            int start = sb.length();
            sb.append(marked, open + 2, close);
            spans.add(new Span(start, sb.length(), sb.substring(start)));
            i = close + 2;
        }
        if (sb.indexOf("]]") >= 0) {
            throw new IllegalArgumentException("]] saknar sitt [[");
        }
        return sb.toString();
    }

    /** Why the example failed, in Swedish, or {@code null} when it holds. */
    public static String check(Example ex, Evaluation ev) {
        List<Finding> mine = ev.findings().stream().filter(f -> f.ruleId().equals(ex.ruleId())).toList();
        if (!ex.flagged()) {
            return mine.isEmpty() ? null
                    : "skulle godkännas men flaggades: " + describe(mine);
        }
        if (mine.isEmpty()) {
            String others = ev.findings().isEmpty() ? "inga fynd alls"
                    : "bara andra regler: " + ev.findings().stream().map(Finding::ruleId).distinct()
                            .collect(Collectors.joining(", "));
            return "skulle flaggas av " + ex.ruleId() + " men flaggades inte (" + others + ")";
        }
        List<Span> found = mine.stream().flatMap(f -> f.spans().stream()).distinct().sorted(
                (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()))
                .toList();
        if (!found.equals(ex.expected())) {
            return "flaggades men fel ord markerades: väntade " + marks(ex.expected()) + ", fick " + marks(found);
        }
        return null;
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.spans().isEmpty() ? "(utan markerade ord)" : marks(f.spans()))
                .collect(Collectors.joining(", "));
    }

    private static String marks(List<Span> spans) {
        if (spans.isEmpty()) {
            return "(inga markerade ord)";
        }
        return spans.stream().map(s -> "[[" + s.text() + "]]@" + s.start()).collect(Collectors.joining(" "));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl > 0 ? s.substring(0, nl) : String.valueOf(s);
    }
}
