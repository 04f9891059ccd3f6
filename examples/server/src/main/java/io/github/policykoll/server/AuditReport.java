package io.github.policykoll.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.RulePack;
import io.github.policykoll.Severity;
import io.github.policykoll.Span;
import io.github.policykoll.Verdict;
import io.github.policykoll.json.PolicyJson;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The account review of {@code ./policykoll audit}: totals per verdict and per guideline, and the flagged posts
 * with their marked words, as a self-contained HTML page (inline SVG charts and style, no script, nothing
 * fetched) or as JSON.
 */
final class AuditReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The flagged posts listed in full; the totals always count every post. */
    static final int MAX_LISTED = 2_000;

    /** A post that got a finding: where it was, its text and its evaluation. */
    record Flagged(long line, String text, Evaluation evaluation) {
    }

    /** A line that could not be evaluated. */
    record Problem(long line, String error) {
    }

    private final String source;
    private final List<io.github.policykoll.Guideline> guidelines;
    private final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    private final Map<String, Integer> postsByGuideline = new TreeMap<>();
    private final List<Flagged> flagged = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private RulePack rulePack;
    private int posts;
    private int flaggedCount;

    AuditReport(String source, List<io.github.policykoll.Guideline> guidelines, RulePack rulePack) {
        this.source = source;
        this.guidelines = guidelines;
        this.rulePack = rulePack;
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
    }

    void add(long line, String text, Evaluation e) {
        posts++;
        rulePack = e.rulePack();
        verdicts.merge(e.verdict(), 1, Integer::sum);
        Set<String> seen = new LinkedHashSet<>();
        e.findings().forEach(f -> seen.add(f.guideline()));
        seen.forEach(g -> postsByGuideline.merge(g, 1, Integer::sum));
        if (!e.findings().isEmpty()) {
            flaggedCount++;
            if (flagged.size() < MAX_LISTED) {
                flagged.add(new Flagged(line, text, e));
            }
        }
    }

    void problem(long line, String error) {
        if (problems.size() < MAX_LISTED) {
            problems.add(new Problem(line, error));
        }
    }

    int posts() {
        return posts;
    }

    int problems() {
        return problems.size();
    }

    /** The report for machines. */
    String json() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", source);
        root.putObject("rulePack").put("name", rulePack.name()).put("version", rulePack.version());
        root.put("posts", posts);
        ObjectNode v = root.putObject("verdicts");
        for (Verdict verdict : order()) {
            v.put(verdict.id(), verdicts.get(verdict));
        }
        ObjectNode g = root.putObject("postsByGuideline");
        postsByGuideline.forEach(g::put);
        root.put("flagged", flaggedCount);
        ArrayNode list = root.putArray("flaggedPosts");
        for (Flagged f : sortedFlagged()) {
            ObjectNode n = list.addObject();
            n.put("line", f.line());
            try {
                n.set("evaluation", MAPPER.readTree(PolicyJson.write(f.evaluation())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("policykoll wrote JSON it cannot read", e);
            }
        }
        ArrayNode errs = root.putArray("errors");
        problems.forEach(p -> errs.addObject().put("line", p.line()).put("error", p.error()));
        return root.toString();
    }

    private static List<Verdict> order() {
        return List.of(Verdict.BLOCK, Verdict.WARN, Verdict.ADVISE, Verdict.PASS);
    }

    private List<Flagged> sortedFlagged() {
        List<Flagged> out = new ArrayList<>(flagged);
        out.sort((a, b) -> {
            int c = Integer.compare(order().indexOf(a.evaluation().verdict()), order().indexOf(b.evaluation().verdict()));
            return c != 0 ? c : Long.compare(a.line(), b.line());
        });
        return out;
    }

    /** The report for people: one HTML page that needs nothing else. */
    String html() {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Granskning: ").append(esc(source)).append("</title><style>").append(STYLE)
                .append("</style></head><body><main>");
        h.append("<h1>Granskning av inlägg</h1><p class=\"meta\">Fil <b>").append(esc(source)).append("</b> · ")
                .append(posts).append(" inlägg bedömda · regelpaket <b>").append(esc(rulePack.name())).append(' ')
                .append(esc(rulePack.version())).append("</b>");
        if (!problems.isEmpty()) {
            h.append(" · ").append(number(problems.size())).append(problems.size() == 1 ? " rad" : " rader")
                    .append(" kunde inte läsas");
        }
        h.append("</p>");
        h.append("<section><h2>Bedömningar</h2>").append(verdictChart()).append("</section>");
        h.append("<section><h2>Riktlinjer</h2><p>Antal inlägg med minst ett fynd per riktlinje.</p>")
                .append(guidelineChart()).append("</section>");
        h.append("<section><h2>Inlägg med fynd (").append(number(flaggedCount)).append(")</h2>");
        if (flaggedCount > flagged.size()) {
            h.append("<p>De första ").append(flagged.size()).append(" visas; alla räknas i siffrorna ovan.</p>");
        }
        for (Flagged f : sortedFlagged()) {
            post(h, f);
        }
        if (flaggedCount == 0) {
            h.append("<p>Inga inlägg fick något fynd.</p>");
        }
        h.append("</section>");
        if (!problems.isEmpty()) {
            h.append("<section><h2>Rader som inte kunde läsas</h2><ul>");
            problems.forEach(p -> h.append("<li>Rad ").append(p.line()).append(": ").append(esc(p.error()))
                    .append("</li>"));
            h.append("</ul></section>");
        }
        h.append("</main></body></html>\n");
        return h.toString();
    }

    private String verdictChart() {
        int total = Math.max(1, posts);
        int rowH = 34;
        int labelW = 110;
        int barMax = 520;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" role=\"img\" aria-label=\"Antal inlägg per bedömning\" viewBox=\"0 0 ")
                .append(labelW + barMax + 150).append(' ').append(order().size() * rowH + 10).append("\" width=\"")
                .append(labelW + barMax + 150).append("\">");
        int y = 5;
        for (Verdict v : order()) {
            int n = verdicts.get(v);
            // every verdict stays visible: a few blocked posts among thousands still get a bar
            int bw = n == 0 ? 0 : Math.max(4, (int) Math.round((double) n / total * barMax));
            s.append("<text x=\"0\" y=\"").append(y + 21).append("\">").append(label(v)).append("</text>");
            s.append("<rect class=\"v-").append(v.id()).append("\" x=\"").append(labelW).append("\" y=\"")
                    .append(y + 4).append("\" width=\"").append(bw).append("\" height=\"").append(rowH - 10)
                    .append("\"><title>").append(label(v)).append(": ").append(number(n)).append("</title></rect>");
            s.append("<text x=\"").append(labelW + bw + 8).append("\" y=\"").append(y + 21).append("\">")
                    .append(number(n)).append(" (").append(percent(n, total)).append(")</text>");
            y += rowH;
        }
        return s.append("</svg>").toString();
    }

    private static String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(SWEDISH).format(n);
    }

    private static String percent(int n, int total) {
        double p = 100.0 * n / total;
        return (p > 0 && p < 0.1 ? "<0,1" : String.format(SWEDISH, "%.1f", p)) + " %";
    }

    private static final java.util.Locale SWEDISH = java.util.Locale.forLanguageTag("sv-SE");

    private String guidelineChart() {
        if (postsByGuideline.isEmpty()) {
            return "<p>Inga fynd.</p>";
        }
        Map<String, String> titles = new TreeMap<>();
        guidelines.forEach(g -> titles.put(g.id(), g.title()));
        int max = postsByGuideline.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int rowH = 26;
        int labelW = 440;
        int barMax = 300;
        int h = postsByGuideline.size() * rowH + 10;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" role=\"img\" aria-label=\"Antal inlägg per riktlinje\" viewBox=\"0 0 ")
                .append(labelW + barMax + 60).append(' ').append(h).append("\" width=\"").append(labelW + barMax + 60)
                .append("\">");
        int y = 5;
        for (Map.Entry<String, Integer> e : postsByGuideline.entrySet()) {
            String title = titles.getOrDefault(e.getKey(), "");
            String label = e.getKey() + (title.isEmpty() ? "" : " " + shorten(title, 52));
            int bw = Math.max(2, (int) Math.round((double) e.getValue() / max * barMax));
            s.append("<text x=\"0\" y=\"").append(y + 17).append("\">").append(esc(label)).append("</text>");
            s.append("<rect class=\"g\" x=\"").append(labelW).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(bw).append("\" height=\"").append(rowH - 8).append("\"><title>").append(esc(e.getKey()))
                    .append(": ").append(e.getValue()).append(" inlägg</title></rect>");
            s.append("<text x=\"").append(labelW + bw + 6).append("\" y=\"").append(y + 17).append("\">")
                    .append(e.getValue()).append("</text>");
            y += rowH;
        }
        return s.append("</svg>").toString();
    }

    private static void post(StringBuilder h, Flagged f) {
        Evaluation e = f.evaluation();
        h.append("<article class=\"post v-").append(e.verdict().id()).append("\"><header><span class=\"badge v-")
                .append(e.verdict().id()).append("\">").append(label(e.verdict())).append("</span> rad ")
                .append(f.line());
        if (e.postId() != null) {
            h.append(" · inlägg <code>").append(esc(e.postId())).append("</code>");
        }
        h.append("</header><p class=\"text\">").append(marked(f.text(), e.findings())).append("</p><ul>");
        for (Finding x : e.findings()) {
            h.append("<li><span class=\"sev s-").append(x.severity().id()).append("\">").append(x.severity().id())
                    .append("</span> <b>").append(esc(x.guideline())).append("</b> ").append(esc(x.message()));
            if (!x.suggestion().isEmpty()) {
                h.append(" <i>Förslag: ").append(esc(x.suggestion())).append("</i>");
            }
            h.append("</li>");
        }
        h.append("</ul></article>");
    }

    /** The text with every finding's words in a {@code <mark>} coloured by the worst severity on them. */
    static String marked(String text, List<Finding> findings) {
        int[] level = new int[text.length()];
        for (Finding f : findings) {
            int sev = f.severity().ordinal() + 1;
            for (Span s : f.spans()) {
                for (int i = Math.max(0, s.start()); i < Math.min(text.length(), s.end()); i++) {
                    level[i] = Math.max(level[i], sev);
                }
            }
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && level[j] == level[i]) {
                j++;
            }
            String part = esc(text.substring(i, j));
            if (level[i] == 0) {
                out.append(part);
            } else {
                out.append("<mark class=\"s-").append(Severity.values()[level[i] - 1].id()).append("\">").append(part)
                        .append("</mark>");
            }
            i = j;
        }
        return out.toString();
    }

    static String label(Verdict v) {
        return switch (v) {
            case BLOCK -> "Stoppa";
            case WARN -> "Granska";
            case ADVISE -> "Förslag";
            case PASS -> "Godkänd";
        };
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f6f4;color:#1b1b1b}
            main{max-width:960px;margin:0 auto;padding:1.5rem}
            h1{color:#b3001b;margin-bottom:.2rem}.meta{color:#555}
            section{background:#fff;border-radius:8px;padding:1rem 1.25rem;margin:1rem 0;box-shadow:0 1px 2px #0002}
            .chart{max-width:100%;height:auto;font-size:13px}
            .chart text{fill:#222}
            rect.v-block,.badge.v-block,.s-block.sev{fill:#b3001b;background:#b3001b;color:#fff}
            rect.v-warn,.badge.v-warn,.s-warn.sev{fill:#c77700;background:#c77700;color:#fff}
            rect.v-advise,.badge.v-advise,.s-advise.sev{fill:#2f6db5;background:#2f6db5;color:#fff}
            rect.v-pass,.badge.v-pass{fill:#3a7d44;background:#3a7d44;color:#fff}
            rect.g{fill:#6b4c9a}
            .badge,.sev{border-radius:4px;padding:1px 6px;font-size:.8rem;font-weight:600}
            article.post{border-left:4px solid #ccc;padding:.4rem .8rem;margin:.8rem 0}
            article.v-block{border-color:#b3001b}article.v-warn{border-color:#c77700}article.v-advise{border-color:#2f6db5}
            article header{font-size:.85rem;color:#555}
            .text{white-space:pre-wrap;overflow-wrap:anywhere}
            mark{background:none;text-decoration:underline 3px;text-underline-offset:3px}
            mark.s-block{text-decoration-color:#b3001b;background:#b3001b18}
            mark.s-warn{text-decoration-color:#c77700;background:#c7770018}
            mark.s-advise{text-decoration-color:#2f6db5;background:#2f6db518}
            ul{padding-left:1.2rem}li{margin:.2rem 0}
            """;
}
