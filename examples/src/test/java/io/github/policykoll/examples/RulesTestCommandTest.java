package io.github.policykoll.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules test DIR} on the real rule pack and on broken copies of it. */
class RulesTestCommandTest {
    private static final Path RULES = Path.of("../rules-sv/src/main/resources/regler");

    @TempDir
    Path dir;

    private Path copy() throws IOException {
        return TestFiles.copyTree(RULES, dir);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path p = dir.resolve(file);
        String s = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(s).contains(from);
        Files.writeString(p, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void rulesTest_passesOnTheRulePack() {
        CliRun r = CliRun.of("rules", "test", RULES.toString());
        assertThat(r.status()).as(String.join("\n", r.out())).isEqualTo(0);
        assertThat(r.out().get(r.out().size() - 1)).matches("\\d+ regler, \\d+ exempel: \\d+ godkända, 0 fel");
    }

    @Test
    void rulesTest_reportsABrokenRuleWithFileAndLine() throws IOException {
        copy();
        replace("1-sunt-forstand.drl", "$p : Personnummer( )", "$p : Personnumer( )");
        CliRun r = CliRun.of("rules", "test", dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).anySatisfy(l -> assertThat(l).startsWith("1-sunt-forstand.drl:").contains("Personnumer"));
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void rulesTest_reportsFailingExamplesAndRulesWithoutExamples() throws IOException {
        copy();
        Files.writeString(dir.resolve("1-sunt-forstand.exempel"), "[sv.personuppgifter.personnummer]\n"
                + "flaggas: Mitt nummer är [[811218-9875]].\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("rules", "test", dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("1-sunt-forstand.exempel:2: [sv.personuppgifter.personnummer] skulle flaggas av "
                + "sv.personuppgifter.personnummer men flaggades inte (inga fynd alls)");
        assertThat(r.out()).anySatisfy(l -> assertThat(l).matches(
                "1-sunt-forstand\\.drl:\\d+: regeln \"Personnummer i texten\" \\(sv.personuppgifter.personnummer\\) "
                        + "har 1 exempel som ska flaggas och 0 som ska godkännas: skriv minst 3 av varje sort .*"));
    }

    // ---- each mistake a rule author makes gets exactly one Swedish line at the line to change ----------

    /** A small pack cut from the real one: the spam rule of 6-vara-sidor.drl, its examples and word list. */
    private Path smallPack() throws IOException {
        Files.createDirectories(dir.resolve("ordlistor"));
        for (String f : new String[] {"6-vara-sidor.drl", "6-vara-sidor.exempel", "ordlistor/spam.txt"}) {
            Files.copy(RULES.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    /** Runs {@code rules test} and returns its one problem line, checking the exit status and the summary. */
    private String oneProblem() {
        long start = System.nanoTime();
        CliRun r = CliRun.of("rules", "test", dir.toString());
        assertThat(r.status()).as(String.join("\n", r.out())).isEqualTo(1);
        assertThat(r.out()).as("one problem and the summary").hasSize(2);
        assertThat(r.out().get(1)).endsWith("; 1 problem att rätta");
        assertThat(r.out().get(0)).doesNotContain("Exception", "Drools", "ObjectType", "null");
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(20_000_000_000L); // a hang guard
        return r.out().get(0);
    }

    @Test
    void smallPack_passes() throws IOException {
        smallPack();
        CliRun r = CliRun.of("rules", "test", dir.toString());
        assertThat(r.out()).containsExactly("1 regler, 6 exempel: 6 godkända, 0 fel");
        assertThat(r.status()).isEqualTo(0);
    }

    @Test
    void mistake_misspelledWordList() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "Term( list == \"spam\" )", "Term( list == \"spamm\" )");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:16: ordlistan \"spamm\" finns inte i ordlistor/: "
                + "menar du \"spam\"?");
    }

    @Test
    void mistake_misspelledWordListInAList() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "Term( list == \"spam\" )", "Term( list in (\"hot\", \"spam\") )");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:16: ordlistan \"hot\" finns inte i ordlistor/: "
                + "skapa ordlistor/hot.txt eller rätta namnet");
    }

    @Test
    void mistake_textForAYesOrNo() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "Term( list == \"spam\" )", "Term( list == \"spam\",\n        evasion == \"ja\" )");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:17: fältet evasion är ja eller nej: skriv evasion == true "
                + "eller evasion == false, inte \"ja\"");
    }

    @Test
    void mistake_textForANumber() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "Term( list == \"spam\" )", "Term( list == \"spam\", sentence == \"1\" )");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:16: fältet sentence är ett tal: skriv talet utan "
                + "citattecken, inte \"1\"");
    }

    @Test
    void mistake_tooFewExamples() throws IOException {
        smallPack();
        replace("6-vara-sidor.exempel", "flaggas: {\"text\": \"[[Klicka här]] för att vinna\", \"onOwnPage\": true, "
                + "\"kind\": \"comment\", \"author\": {\"role\": \"public\"}}\n", "");
        assertThat(oneProblem()).startsWith("6-vara-sidor.drl:8: regeln \"Skräppost på vår sida\" "
                + "(sv.moderering.skrappost) har 2 exempel som ska flaggas och 3 som ska godkännas: skriv minst 3");
    }

    @Test
    void mistake_fewerExamplesWithAReasonIsFine() throws IOException {
        smallPack();
        replace("6-vara-sidor.exempel", "flaggas: {\"text\": \"[[Klicka här]] för att vinna\", \"onOwnPage\": true, "
                + "\"kind\": \"comment\", \"author\": {\"role\": \"public\"}}\n", "");
        replace("6-vara-sidor.drl", "    @suggestion(\"Ta bort kommentaren.\")\n",
                "    @suggestion(\"Ta bort kommentaren.\")\n    @examples(\"listan avgör, inte regeln\")\n");
        assertThat(CliRun.of("rules", "test", dir.toString()).status()).isEqualTo(0);
    }

    @Test
    void mistake_ruleThatTriggersItself() throws IOException {
        smallPack();
        Files.writeString(dir.resolve("6-vara-sidor.drl"), Files.readString(dir.resolve("6-vara-sidor.drl"))
                + "\ndeclare Varv\n    n : int\nend\n\n"
                + "rule \"Räknar varv\"\n    @classification\nwhen\n    PostInfo( )\n    Varv( $n : n )\nthen\n"
                + "    insert( new Varv( $n + 1 ) );\nend\n\n"
                + "rule \"Första varvet\"\n    @classification\nwhen\n    PostInfo( )\nthen\n    insert( new Varv( 0 ) );\nend\n",
                StandardCharsets.UTF_8);
        long start = System.nanoTime();
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:25: regeln \"Räknar varv\" utlöser sig själv: den gick "
                + "1000 gånger på ett inlägg (6-vara-sidor.exempel:4); det den lägger till får inte uppfylla dess "
                + "eget villkor igen");
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(10_000_000_000L);
    }

    @Test
    void mistake_missingEnd() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "    insert( new Hit( $t ) );\nend", "    insert( new Hit( $t ) );\n");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:18: regeln \"Skräppost på vår sida\" saknar \"end\": "
                + "skriv end på en egen rad efter regelns then-del");
    }

    @Test
    void mistake_missingEndBeforeAnotherRule() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "    insert( new Hit( $t ) );\nend", "    insert( new Hit( $t ) );\n\n"
                + "rule \"Andra\"\n    @classification\nwhen\n    PostInfo( )\nthen\nend");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:18: regeln \"Skräppost på vår sida\" saknar \"end\": "
                + "skriv end på en egen rad efter regelns then-del");
    }

    @Test
    void mistake_missingSemicolon() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "    insert( new Hit( $t ) );", "    Hit fynd = new Hit( $t )\n    insert( fynd );");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:18: raden saknar \";\" på slutet");
    }

    @Test
    void mistake_unknownFactType() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "$t : Term( list", "$t : Termm( list");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:16: faktatypen \"Termm\" finns inte: menar du \"Term\"?");
    }

    @Test
    void mistake_duplicateRuleName() throws IOException {
        smallPack();
        Files.writeString(dir.resolve("6-vara-sidor.drl"), Files.readString(dir.resolve("6-vara-sidor.drl"))
                + "\nrule \"Skräppost på vår sida\"\n    @classification\nwhen\n    PostInfo( )\nthen\nend\n",
                StandardCharsets.UTF_8);
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:21: regelnamnet \"Skräppost på vår sida\" finns redan "
                + "(6-vara-sidor.drl:8): ge regeln ett eget namn");
    }

    @Test
    void mistake_missingHeader() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "package regler;\n\nimport io.github.policykoll.facts.*;\n", "");
        assertThat(oneProblem()).isEqualTo("6-vara-sidor.drl:1: filen saknar sitt huvud: skriv överst "
                + "\"package regler;\" och \"import io.github.policykoll.facts.*;\"");
    }

    @Test
    void mistake_guidelineNotInThePolicy() throws IOException {
        Path rules = dir.resolve("regler");
        Files.createDirectories(rules.resolve("ordlistor"));
        Files.createDirectories(dir.resolve("policy"));
        for (String f : new String[] {"6-vara-sidor.drl", "6-vara-sidor.exempel", "ordlistor/spam.txt"}) {
            Files.copy(RULES.resolve(f), rules.resolve(f));
        }
        Files.copy(RULES.resolveSibling("policy/guidelines.md"), dir.resolve("policy/guidelines.md"));
        assertThat(CliRun.of("rules", "test", rules.toString()).status()).isEqualTo(0);
        replace("regler/6-vara-sidor.drl", "@guideline(\"SM-6.1\")", "@guideline(\"SM-6.2\")");
        CliRun r = CliRun.of("rules", "test", rules.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).containsExactly("6-vara-sidor.drl:10: riktlinjen \"SM-6.2\" finns inte i "
                + "../policy/guidelines.md: menar du \"SM-6.1\"?", "0 regler, 6 exempel: 0 godkända, 0 fel; 1 problem att rätta");
    }

    @Test
    void checkWithRules_saysWhatIsWrongInTheAuthorsWords() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "Term( list == \"spam\" )", "Term( list == \"spamm\" )");
        CliRun r = CliRun.of("check", "--rules", dir.toString(), "--text", "hej");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("går inte att ladda (1 problem; kör policykoll rules test",
                "  6-vara-sidor.drl:16: ordlistan \"spamm\" finns inte i ordlistor/: menar du \"spam\"?");
        assertThat(r.err()).doesNotContain("problem in rule pack");
    }

    @Test
    void verbose_addsWhatDroolsSaid() throws IOException {
        smallPack();
        replace("6-vara-sidor.drl", "$t : Term( list", "$t : Termm( list");
        CliRun r = CliRun.of("rules", "test", "--verbose", dir.toString());
        assertThat(r.out()).contains("    Drools: Unable to resolve ObjectType 'Termm'");
    }

    @Test
    void rulesTest_saysWhenTheDirectoryIsMissing() {
        CliRun r = CliRun.of("rules", "test", dir.resolve("nope").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("ingen mapp");
    }
}
