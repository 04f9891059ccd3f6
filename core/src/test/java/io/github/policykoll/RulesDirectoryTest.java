package io.github.policykoll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading rules from a directory, reporting problems with file and line, and reloading. */
class RulesDirectoryTest {
    @TempDir
    Path dir;

    private Path copyTestRules() {
        try {
            Path src = Path.of(Objects.requireNonNull(getClass().getResource("/testregler")).toURI());
            try (Stream<Path> files = Files.walk(src)) {
                for (Path p : files.toList()) {
                    Path to = dir.resolve(src.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void rulesDirectory_loadsAndEvaluates() {
        try (PolicyEngine engine = PolicyEngine.builder().rulesDirectory(copyTestRules()).build()) {
            Evaluation e = engine.evaluate(Post.builder("Du är dum.").commentsEnabled(false).build());
            assertThat(e.findings()).extracting(Finding::ruleId, Finding::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("test.fult", "Fult ord: dum"),
                            org.assertj.core.groups.Tuple.tuple("test.kommentarer", "Kommentarerna är avstängda."));
            assertThat(e.findings().get(0).spans()).containsExactly(new Span(6, 9, "dum"));
            assertThat(engine.rules()).extracting(RuleInfo::id, RuleInfo::file, RuleInfo::line).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("test.fult", "regler.drl", 5),
                    org.assertj.core.groups.Tuple.tuple("test.kommentarer", "regler.drl", 17));
        }
    }

    @Test
    void rulesDirectory_reportsSyntaxErrorsWithFileAndLine() throws IOException {
        copyTestRules();
        edit("regler.drl", "$t : Term( list == \"fula\" )", "$t : Term( lista == \"fula\" )");
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir).build())
                .isInstanceOf(RulePackException.class)
                .satisfies(ex -> assertThat(((RulePackException) ex).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("regler.drl");
                            assertThat(p.line()).isEqualTo(12);
                            assertThat(p.message()).contains("lista");
                        }));
    }

    @Test
    void rulesDirectory_reportsMissingMetadataAndBadWordLists() throws IOException {
        copyTestRules();
        edit("regler.drl", "    @severity(\"advise\")\n", "");
        Files.writeString(dir.resolve("ordlistor/fula.txt"), "dum\nd*m\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir).build())
                .isInstanceOf(RulePackException.class)
                .satisfies(ex -> assertThat(((RulePackException) ex).problems()).extracting(Object::toString)
                        .containsExactly("ordlistor/fula.txt:2: * får bara stå först eller sist i ett ord, inte mitt i 'd*m'"));
        Files.writeString(dir.resolve("ordlistor/fula.txt"), "dum\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir).build())
                .satisfies(ex -> assertThat(((RulePackException) ex).problems()).extracting(Object::toString)
                        .containsExactly("regler.drl:17: regeln \"Kommentarer av\": @severity saknas (en regel som "
                                + "bara klassificerar, utan fynd, märks @classification)"));
    }

    @Test
    void rulesDirectory_reportsDuplicateIds() throws IOException {
        copyTestRules();
        edit("regler.drl", "@id(\"test.kommentarer\")", "@id(\"test.fult\")");
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir).build())
                .satisfies(ex -> assertThat(((RulePackException) ex).problems()).singleElement()
                        .extracting(Object::toString).asString()
                        .contains("@id test.fult används redan av regeln \"Fult ord\""));
    }

    @Test
    void reload_swapsInNewRulesAndKeepsTheLastGoodOnes() throws IOException {
        copyTestRules();
        List<String> events = new CopyOnWriteArrayList<>();
        PolicyEngine.ReloadListener listener = new PolicyEngine.ReloadListener() {
            @Override
            public void reloaded(RulePack rulePack) {
                events.add("ok " + rulePack.version());
            }

            @Override
            public void failed(RulePackException problems) {
                events.add("failed " + problems.problems().get(0).file());
            }
        };
        try (PolicyEngine engine = PolicyEngine.builder().rulesDirectory(dir).onReload(listener).build()) {
            assertThat(engine.evaluate("Du är dum.").verdict()).isEqualTo(Verdict.BLOCK);
            Files.writeString(dir.resolve("ordlistor/fula.txt"), "korkad\n", StandardCharsets.UTF_8);
            engine.reload();
            assertThat(engine.evaluate("Du är dum.").verdict()).isEqualTo(Verdict.PASS);
            assertThat(engine.evaluate("Du är korkad.").verdict()).isEqualTo(Verdict.BLOCK);
            edit("regler.drl", "list == \"fula\"", "list == ");
            assertThatThrownBy(engine::reload).isInstanceOf(RulePackException.class);
            assertThat(engine.evaluate("Du är korkad.").verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(events).containsExactly("ok local-2", "failed regler.drl");
        }
    }

    @Test
    void reload_neverDisturbsEvaluationsInFlight() throws Exception {
        copyTestRules();
        Path lists = dir.resolve("ordlistor/fula.txt");
        Path drl = dir.resolve("regler.drl");
        String goodDrl = Files.readString(drl, StandardCharsets.UTF_8);
        try (PolicyEngine engine = PolicyEngine.builder().rulesDirectory(dir).build()) {
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<String>>> workers = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                workers.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    int n = 0;
                    while (!stop.get() || n < 50) {
                        Evaluation e = engine.evaluate("Du är dum och korkad.");
                        // either pack: "dum" only, or "korkad" only; never a mix, never an error
                        List<String> words = e.findings().stream().flatMap(f -> f.spans().stream()).map(Span::text)
                                .toList();
                        if (!(words.equals(List.of("dum")) || words.equals(List.of("korkad")))) {
                            wrong.add(words.toString());
                        }
                        n++;
                    }
                    return wrong;
                }));
            }
            int failures = 0;
            for (int i = 0; i < 20; i++) {
                Files.writeString(lists, i % 2 == 0 ? "korkad\n" : "dum\n", StandardCharsets.UTF_8);
                boolean broken = i % 3 == 2;
                Files.writeString(drl, broken ? goodDrl.replace("then", "thn") : goodDrl, StandardCharsets.UTF_8);
                try {
                    engine.reload();
                } catch (RulePackException e) {
                    failures++;
                }
            }
            stop.set(true);
            for (Future<List<String>> f : workers) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEmpty();
            }
            pool.shutdown();
            assertThat(failures).isEqualTo(6);
        }
    }

    @Test
    void manyThreadsAtOnce_getTheAnswersOfOne() throws Exception {
        // the look evaluates the rules' constraints for every thread with one shared session (classic DRL build here)
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String text = switch (i % 4) {
                case 0 -> "Du är dum.";
                case 1 -> "Vi ses på mötet i kväll.";
                case 2 -> "Han är dum, hon är dum.";
                default -> "Bra förslag om skolan.";
            };
            posts.add(Post.builder(text).id("p" + i).commentsEnabled(i % 3 != 0).build());
        }
        try (PolicyEngine engine = PolicyEngine.builder().rulesDirectory(copyTestRules()).build()) {
            List<Evaluation> one = new ArrayList<>();
            for (Post p : posts) {
                one.add(engine.evaluate(p));
            }
            assertThat(one).extracting(e -> e.verdict()).contains(Verdict.BLOCK, Verdict.ADVISE, Verdict.PASS);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<Evaluation>>> runs = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    runs.add(pool.submit(() -> {
                        List<Evaluation> answers = new ArrayList<>();
                        for (Post p : posts) {
                            answers.add(engine.evaluate(p));
                        }
                        return answers;
                    }));
                }
                for (Future<List<Evaluation>> run : runs) {
                    assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo(one);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void watch_reloadsWhenAFileChanges() throws Exception {
        copyTestRules();
        List<String> events = new CopyOnWriteArrayList<>();
        try (PolicyEngine engine = PolicyEngine.builder().rulesDirectory(dir).watch(true)
                .onReload(new PolicyEngine.ReloadListener() {
                    @Override
                    public void reloaded(RulePack rulePack) {
                        events.add(rulePack.version());
                    }
                }).build()) {
            Files.writeString(dir.resolve("ordlistor/fula.txt"), "korkad\n", StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (events.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(events).isNotEmpty();
            assertThat(engine.evaluate("Du är korkad.").verdict()).isEqualTo(Verdict.BLOCK);
        }
    }

    /**
     * Nothing of one evaluation may reach the next (a session that had facts is thrown away, never emptied and
     * reused): neither facts the rules inserted nor a rule that fires on the absence of something, also after a long
     * post of many facts and after rules that looped. (Named pooledSessions_startEveryEvaluationEmpty when sessions
     * were pooled and emptied.)
     */
    @Test
    void everyEvaluation_startsWithAnEmptySession() throws IOException {
        copyTestRules();
        Files.writeString(dir.resolve("mer.drl"), """
                package testregler;

                import io.github.policykoll.facts.*;

                rule "Inget fult"
                    @id("test.rent")
                    @guideline("SM-2.2")
                    @severity("advise")
                    @message("Inget fult ord.")
                when
                    PostInfo( )
                    not Term( list == "fula" )
                then
                    insert( new Hit( ) );
                end

                rule "Snurra"
                    @id("test.snurra")
                    @guideline("SM-2.2")
                    @severity("advise")
                    @message("Snurrar.")
                when
                    PostInfo( commentsEnabled == false )
                    Hit( )
                then
                    insert( new Hit( ) );
                end
                """, StandardCharsets.UTF_8);
        // a post of many facts, after which the session is thrown away and the next evaluation takes another
        Post longPost = Post.of("Du är dum. Han är snäll. ".repeat(100));
        List<Finding> longExpected;
        try (PolicyEngine fresh = PolicyEngine.builder().rulesDirectory(dir).build()) {
            longExpected = fresh.evaluate(longPost).findings();
        }
        assertThat(longExpected).hasSize(100);
        try (PolicyEngine engine = PolicyEngine.builder().rulesDirectory(dir).build()) {
            for (int i = 0; i < 200; i++) {
                if (i % 7 == 3) {
                    assertThat(engine.evaluate(longPost).findings()).as("long post %d", i).isEqualTo(longExpected);
                    if (i % 14 == 3) {
                        Post looping = Post.builder("Du är dum.").commentsEnabled(false).build();
                        assertThatThrownBy(() -> engine.evaluate(looping)).hasMessageContaining("Snurra");
                    }
                }
                String text = i % 3 == 0 ? "Du är snäll." : "Du är dum, dum.";
                List<String> expected = i % 3 == 0 ? List.of("test.rent") : List.of("test.fult", "test.fult");
                assertThat(engine.evaluate(text).findings()).as("evaluation %d", i)
                        .extracting(Finding::ruleId).containsExactlyElementsOf(expected);
                if (i % 50 == 0) {
                    Post looping = Post.builder("Du är dum.").commentsEnabled(false).build();
                    assertThatThrownBy(() -> engine.evaluate(looping)).hasMessageContaining("Snurra");
                }
            }
        }
    }

    @Test
    void rules_insertOnlyHitsAndTheirOwnMarks() throws IOException {
        copyTestRules();
        Files.writeString(dir.resolve("klass.drl"), """
                package testregler;

                import io.github.policykoll.facts.*;

                declare Markering
                end

                rule "Märker"
                    @classification
                when
                    Term( list == "fula" )
                then
                    insert( new Markering( ) );
                end

                rule "Lägger in ett ord"
                    @classification
                when
                    PostInfo( commentsEnabled == false )
                    Term( list == "fula" )
                then
                    insert( new Term( "fula", "dum", 0, 0, "", "dum", 0, false, false ) );
                end

                rule "Rapporterar"
                    @classification
                when
                    PostInfo( kind == "reply" )
                    Term( list == "fula" )
                then
                    insert( new Hit( ) );
                end

                declare Annan
                end

                rule "Märker annat än det säger"
                    @classification("Markering")
                when
                    PostInfo( kind == "comment" )
                    Term( list == "fula" )
                then
                    insert( new Annan( ) );
                end

                rule "Rapporterar och märker"
                    @id("test.marker")
                    @guideline("SM-2.2")
                    @severity("warn")
                    @message("Märker")
                when
                    PostInfo( kind == "share" )
                    Term( list == "fula" )
                then
                    insert( new Hit( ) );
                    insert( new Annan( ) );
                end
                """, StandardCharsets.UTF_8);
        try (PolicyEngine engine = PolicyEngine.builder().rulesDirectory(dir).build()) {
            assertThat(engine.evaluate("Du är dum.").findings()).extracting(Finding::ruleId)
                    .containsExactly("test.fult");
            assertThatThrownBy(() -> engine.evaluate(Post.builder("Du är dum.").commentsEnabled(false).build()))
                    .hasMessageContaining("\"Lägger in ett ord\" (klass.drl:")
                    .hasMessageContaining("lägger in en Term: regler lägger bara in Hit och egna markeringar");
            assertThatThrownBy(() -> engine.evaluate(Post.builder("Du är dum.").kind(Post.Kind.REPLY).build()))
                    .hasStackTraceContaining("\"Rapporterar\" är märkt @classification och kan inte rapportera");
            // the look trusts what a classification rule names, and a rule that reports to insert only hits
            assertThatThrownBy(() -> engine.evaluate(Post.builder("Du är dum.").kind(Post.Kind.COMMENT).build()))
                    .hasMessageContaining("\"Märker annat än det säger\" (klass.drl:")
                    .hasMessageContaining("lägger in en Annan men dess @classification(\"Markering\") nämner den inte");
            assertThatThrownBy(() -> engine.evaluate(Post.builder("Du är dum.").kind(Post.Kind.SHARE).build()))
                    .hasMessageContaining("\"Rapporterar och märker\" (klass.drl:")
                    .hasMessageContaining("rapporterar fynd och kan inte lägga in en Annan");
            // the engine goes on
            assertThat(engine.evaluate("Du är dum.").findings()).extracting(Finding::ruleId)
                    .containsExactly("test.fult");
        }
    }

    @Test
    void rules_classificationNamesOnlyTypesOfThePack() throws IOException {
        copyTestRules();
        Files.writeString(dir.resolve("klass.drl"), """
                package testregler;

                import io.github.policykoll.facts.*;

                declare Markering
                end

                rule "Märker"
                    @classification("Markering, Markring")
                when
                    Term( list == "fula" )
                then
                    insert( new Markering( ) );
                end
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("klass.drl:")
                .hasMessageContaining("regeln \"Märker\": @classification nämner Markring, som inte är någon typ i "
                        + "regelpaketet");
        // a rule that needs a mark no rule inserts can never fire
        Files.writeString(dir.resolve("klass.drl"), """
                package testregler;

                import io.github.policykoll.facts.*;

                declare Markering
                end

                declare Annan
                end

                rule "Märker"
                    @classification("Markering")
                when
                    Term( list == "fula" )
                then
                    insert( new Markering( ) );
                end

                rule "Kräver en annan"
                    @id("test.annan")
                    @guideline("SM-2.2")
                    @severity("warn")
                    @message("Annan")
                when
                    Term( list == "fula", $s : sentence )
                    exists Annan( )
                then
                    insert( new Hit( ) );
                end
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("klass.drl:")
                .hasMessageContaining("regeln \"Kräver en annan\" kräver Annan, men ingen regel lägger in den: regeln kan "
                        + "aldrig slå till");
    }

    @Test
    void builder_saysWhatIsWrong() {
        assertThatThrownBy(() -> PolicyEngine.builder().watch(true).build())
                .isInstanceOf(IllegalStateException.class).hasMessage("watch(true) needs rulesDirectory(dir)");
        assertThatThrownBy(() -> PolicyEngine.builder().rulePack(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rule pack name must not be blank");
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir.resolve("nope")).build())
                .isInstanceOf(RulePackException.class).hasMessageContaining("mappen finns inte");
    }

    @Test
    void closedEngine_saysSoInsteadOfComingBack() {
        PolicyEngine engine = PolicyEngine.builder().rulesDirectory(copyTestRules()).build();
        engine.close();
        engine.close(); // idempotent
        assertThatThrownBy(() -> engine.evaluate("Du är dum.")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the engine is closed");
        assertThatThrownBy(engine::reload).isInstanceOf(IllegalStateException.class).hasMessage("the engine is closed");
    }

    @Test
    void maxTextLength_countsTheTextAndTheTextItRepliesTo() {
        try (PolicyEngine engine = PolicyEngine.builder().rulesDirectory(copyTestRules()).maxTextLength(10).build()) {
            assertThat(engine.evaluate("Du är dum.").findings()).isNotEmpty();
            assertThatThrownBy(() -> engine.evaluate("Du är dum, ja.")).isInstanceOf(PostTooLongException.class)
                    .hasMessage("the text is 14 characters long; the limit is 10");
            Post reply = Post.builder("Dum.").inReplyTo(new Post.InReplyTo("Varför säger du så?", null)).build();
            assertThatThrownBy(() -> engine.evaluate(reply)).isInstanceOf(PostTooLongException.class)
                    .hasMessage("the text is 23 characters long; the limit is 10");
        }
        assertThatThrownBy(() -> PolicyEngine.builder().maxTextLength(0))
                .hasMessage("maxTextLength must be 1 or more, not 0");
    }
}
