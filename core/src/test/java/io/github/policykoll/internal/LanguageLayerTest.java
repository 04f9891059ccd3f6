package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Post;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.facts.Referent;
import io.github.policykoll.facts.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Swedish language layer: inflections and compounds from the lexicon, and who a sentence is about. */
class LanguageLayerTest {
    private static final List<Problem> PROBLEMS = new ArrayList<>();
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(List.of(
            WordList.parse("skallsord", "skallsord.txt", List.of("idiot", "svin", "pamp", "korkad", "-idiotsäker"),
                    PROBLEMS),
            WordList.parse("bildliga", "bildliga.txt", List.of("clown"), PROBLEMS),
            WordList.parse("avhumaniserande", "avhumaniserande.txt", List.of("parasit"), PROBLEMS),
            WordList.parse("personer", "personer.txt", List.of("kommunalråd", "ledamot", "politiker", "minister",
                    "son", "vd"), PROBLEMS),
            WordList.parse("grupper", "grupper.txt", List.of("invandrare", "muslim"), PROBLEMS),
            WordList.parse("internt", "internt.txt", List.of("internt dokument"), PROBLEMS),
            WordList.parse("hot-objekt", "hot-objekt.txt", List.of("spöa upp"), PROBLEMS),
            WordList.parse("hot-tvetydig", "hot-tvetydig.txt", List.of("få stryk"), PROBLEMS),
            WordList.parse("uppriktigt", "uppriktigt.txt", List.of("kämpar", "svek"), PROBLEMS)));

    private static List<Term> terms(String text, String list) {
        return ANALYZER.analyze(Post.of(text)).stream().filter(Term.class::isInstance).map(Term.class::cast)
                .filter(t -> t.getList().equals(list)).toList();
    }

    private static Term term(String text, String list) {
        Optional<Term> t = terms(text, list).stream().findFirst();
        assertThat(t).as("a %s term in '%s'", list, text).isPresent();
        return t.get();
    }

    @Test
    void wordLists_parseWithoutProblems() {
        assertThat(PROBLEMS).isEmpty();
    }

    @Test
    void match_findsEveryInflectedFormFromTheLexicon() {
        assertThat(term("Idioterna i nämnden.", "skallsord").getText()).isEqualTo("Idioterna");
        assertThat(term("Det var korkat sagt.", "skallsord").getText()).isEqualTo("korkat");
        assertThat(term("Kommunalrådets förslag.", "personer").getText()).isEqualTo("Kommunalrådets");
    }

    @Test
    void match_findsCompoundsWithARealFirstPart() {
        assertThat(term("Din högerpamp.", "skallsord").getText()).isEqualTo("högerpamp");
        assertThat(term("Han är en fullblodsidiot.", "skallsord").getText()).isEqualTo("fullblodsidiot");
        assertThat(term("Vilken idiotpolitiker.", "skallsord").getText()).isEqualTo("idiotpolitiker");
        assertThat(term("Socialministern svarade.", "personer").getText()).isEqualTo("Socialministern");
    }

    @Test
    void match_leavesWordsOfTheirOwnAlone() {
        assertThat(terms("Marsvinen är söta.", "skallsord")).isEmpty();
        assertThat(terms("Ett idiotsäkert system.", "skallsord")).isEmpty();
        assertThat(terms("Clownfisken simmar.", "bildliga")).isEmpty();
    }

    @Test
    void constructions_tieInsultsToTitlesNamesAndPronouns() {
        Term t = term("Kommunalrådet i Täby är en riktig idiot.", "skallsord");
        assertThat(t.getAbout()).isEqualTo("person");
        assertThat(t.getConstruction()).isEqualTo("predikativ");
        assertThat(term("Sluta nu, din jävla högerpamp.", "skallsord").getConstruction()).isEqualTo("vokativ");
        Term clown = term("Vilken clown den där ledamoten är.", "bildliga");
        assertThat(clown.getConstruction()).isEqualTo("utrop");
        assertThat(clown.getAbout()).isEqualTo("person");
        assertThat(term("Du är för korkad.", "skallsord").getAbout()).isEqualTo("person");
        assertThat(term("Invandrarna är parasiter.", "avhumaniserande").getAbout()).isEqualTo("grupp");
    }

    @Test
    void constructions_leaveInsultsAboutThingsUntied() {
        Term t = term("Ett korkat förslag från majoriteten.", "skallsord");
        assertThat(t.getAbout()).isEmpty();
        assertThat(t.getConstruction()).isEmpty();
    }

    @Test
    void constructions_judgeWhatAGenitiveOwnsNotTheOwner() {
        // the proposal, the answer: criticism of what a person did, not of the person
        assertThat(term("Kommunalrådets förslag är korkat.", "skallsord").getAbout()).isEmpty();
        assertThat(term("Ministerns svar var en riktig idiot av ett svar.", "skallsord").getAbout()).isEmpty();
        assertThat(term("Invandrarnas situation är korkad att lämna åt slumpen.", "skallsord").getAbout()).isEmpty();
        // what is owned is a person itself: about that person
        Term son = term("Kommunalrådets son är en idiot.", "skallsord");
        assertThat(son.getAbout()).isEqualTo("person");
        assertThat(son.getConstruction()).isEqualTo("predikativ");
        // no word between the genitive-looking word and the verb, or no genitive: as before
        assertThat(term("Kommunalrådet är en idiot.", "skallsord").getAbout()).isEqualTo("person");
        assertThat(term("Kommunalrådet i Täby är en idiot.", "skallsord").getAbout()).isEqualTo("person");
    }

    @Test
    void constructions_lookPastARelativeClauseForTheSubject() {
        // the clause describes the person; the insult after the copula is about that person
        assertThat(term("Du som sprider lögner är en idiot.", "skallsord").getAbout()).isEqualTo("person");
        assertThat(term("Kommunalrådet, som aldrig svarar på mejl, är en idiot.", "skallsord").getAbout())
                .isEqualTo("person");
        assertThat(term("Det är du som är idioten.", "skallsord").getAbout()).isEqualTo("person");
        // a person inside the clause is not the subject, and what the clause says neither reports nor negates
        Term seated = term("Hon som satt bredvid mig på mötet är en idiot.", "skallsord");
        assertThat(seated.getAbout()).isEqualTo("person");
        Term signed = term("Ministern som skrev under avtalet och aldrig ångrade sig är en idiot.", "skallsord");
        assertThat(signed.isReported()).isFalse();
        assertThat(signed.isNegated()).isFalse();
        // but a reporting word before the person, or a negation after the copula, still counts
        assertThat(term("Han skrev att ministern som satt där är en idiot.", "skallsord").isReported()).isTrue();
        assertThat(term("Du som röstade nej är ingen idiot.", "skallsord").isNegated()).isTrue();
        // a group narrowed by the clause, a clause with "att", and no person before "som": not about anyone
        assertThat(term("Invandrare som begår brott är korkade att tro att de slipper straff.", "skallsord")
                .getAbout()).isEmpty();
        assertThat(term("Kommunalrådet som sa att oppositionen är idioter har bett om ursäkt.", "skallsord")
                .getAbout()).isEmpty();
        assertThat(term("Det som hände i går var korkat.", "skallsord").getAbout()).isEmpty();
    }

    @Test
    void constructions_findThePersonTheWordsAreDoneTo() {
        Term object = term("Någon borde spöa upp det där kommunalrådet.", "hot-objekt");
        assertThat(object.getAbout()).isEqualTo("person");
        assertThat(object.getConstruction()).isEqualTo("objekt");
        assertThat(term("Kommunalrådet borde spöa upp dig.", "hot-objekt").getConstruction()).isEqualTo("objekt");
        assertThat(term("Någon borde spöa upp kommunalrådets son.", "hot-objekt").getConstruction())
                .isEqualTo("objekt");
        // the person does it, or stands after a preposition, or is a name, or a group: no object
        assertThat(term("Kommunalrådet borde spöa upp förrådet.", "hot-objekt").getConstruction())
                .isNotEqualTo("objekt");
        assertThat(term("Vi ska spöa upp laget av kommunalrådet.", "hot-objekt").getConstruction())
                .isNotEqualTo("objekt");
        assertThat(term("Nu ska vi spöa upp Hammarby.", "hot-objekt").getConstruction()).isEmpty();
        assertThat(term("Nu ska vi spöa upp invandrarna.", "hot-objekt").getConstruction()).isEmpty();
        assertThat(term("Vi ska spöa upp dem, och kommunalrådet vet det.", "hot-objekt").getConstruction())
                .isEmpty();
    }

    @Test
    void constructions_takeTheReaderAsSubjectAndKommerAttAsTheFuture() {
        Term future = term("Du kommer att få stryk.", "hot-tvetydig");
        assertThat(future.getAbout()).isEqualTo("person");
        assertThat(future.getConstruction()).isEqualTo("subjekt");
        assertThat(term("Snart kommer du att få stryk.", "hot-tvetydig").getAbout()).isEqualTo("person");
        // "att" after another verb still starts a clause of its own
        assertThat(term("Du riskerar att få stryk.", "hot-tvetydig").getAbout()).isEmpty();
        assertThat(term("Du kommer, tyvärr, att få stryk.", "hot-tvetydig").getAbout()).isEmpty();
    }

    @Test
    void constructions_addressNoOneWhenTheReaderDoesSomething() {
        // du / ni and adjectives before the word: an address
        assertThat(term("Du jävla idiot.", "skallsord").getConstruction()).isEqualTo("vokativ");
        assertThat(term("Ni förbannade idioter.", "skallsord").getConstruction()).isEqualTo("vokativ");
        // a verb between, or the word itself a verb: the reader does something, no address
        assertThat(term("Du hittar idioter i alla partier.", "skallsord").getConstruction())
                .isNotEqualTo("vokativ");
        assertThat(term("Ni kan blockera svin i kommentarerna.", "skallsord").getConstruction())
                .isNotEqualTo("vokativ");
        // din / era are always an address
        assertThat(term("Era jävla idioter.", "skallsord").getConstruction()).isEqualTo("vokativ");
        // a verb in the present or past tense that is also a noun ("kämpar", "svek") is what the reader does
        assertThat(term("Ni kämpar mot troll varje dag.", "uppriktigt").getConstruction()).isNotEqualTo("vokativ");
        assertThat(term("Du svek oss.", "uppriktigt").getConstruction()).isNotEqualTo("vokativ");
    }

    @Test
    void constructions_lookPastADottedAbbreviation() {
        assertThat(term("Kommunalrådet är bl.a. en idiot.", "skallsord").getAbout()).isEqualTo("person");
        assertThat(term("Ministern, som p.g.a. sin roll borde veta bättre, är en idiot.", "skallsord").getAbout())
                .isEqualTo("person");
        assertThat(term("Det är bl.a. förslaget som är korkat.", "skallsord").getAbout()).isEmpty();
    }

    @Test
    void tokens_keepAnAbbreviationsColonEndingOnItsWord() {
        // "SD:s": one word, no word "s" of its own and no clause break at the colon
        Term idiot = term("Du som tror på SD:s löften är en idiot.", "skallsord");
        Term plain = term("Du som tror på löften är en idiot.", "skallsord");
        assertThat(idiot.getClause()).isEqualTo(plain.getClause());
        assertThat(term("Ledamoten i SD:s styrelse är en idiot.", "skallsord").getAbout()).isEqualTo("person");
        // the genitive after a colon judges what is owned, as "Kommunalrådets förslag" does
        assertThat(term("VD:ns förslag är korkat.", "skallsord").getAbout()).isEmpty();
        assertThat(term("VD:n är korkad.", "skallsord").getAbout()).isEqualTo("person");
        assertThat(TextAnalyzer.colonEnding("SD:s förslag", 0, 2)).isEqualTo(4);
        assertThat(TextAnalyzer.colonEnding("Vi ses 1:a maj", 7, 8)).isEqualTo(10);
        assertThat(TextAnalyzer.colonEnding("på tv:n i kväll", 3, 5)).isEqualTo(7);
        assertThat(TextAnalyzer.colonEnding("SVT:S FÖRSLAG", 0, 3)).isEqualTo(5);
        // not an ending: a time, a new word after the colon, a long word in small letters, a letter after it
        assertThat(TextAnalyzer.colonEnding("klockan 20:00", 8, 10)).isEqualTo(-1);
        assertThat(TextAnalyzer.colonEnding("SD:are", 0, 2)).isEqualTo(-1);
        assertThat(TextAnalyzer.colonEnding("Tänk på detta:en sak", 8, 13)).isEqualTo(-1);
        assertThat(TextAnalyzer.colonEnding("Obs:sista dagen", 0, 3)).isEqualTo(-1);
        assertThat(TextAnalyzer.colonEnding("SD:", 0, 2)).isEqualTo(-1);
    }

    @Test
    void constructions_reportOnlyWhatAReportingWordIntroducesOrAttributes() {
        // a reporting word after the insult, in a clause of its own, reports nothing: the insulted one speaks
        assertThat(term("Du är en idiot som säger sånt.", "skallsord").isReported()).isFalse();
        assertThat(term("Kommunalrådet är en idiot, och det hörde alla på mötet.", "skallsord").isReported())
                .isFalse();
        // before the words, in the same clause after them, or as an attribution after a comma, it does
        assertThat(term("Han skrev att ministern är en idiot.", "skallsord").isReported()).isTrue();
        assertThat(term("Idiot skrek de från läktaren.", "skallsord").isReported()).isTrue();
        assertThat(term("Idiot, skrek någon från läktaren.", "skallsord").isReported()).isTrue();
        assertThat(term("Kommunalrådet är en idiot, säger oppositionen.", "skallsord").isReported()).isTrue();
    }

    @Test
    void constructions_seeQuotationReportingAndNegation() {
        assertThat(term("”Din idiot” stod det i mejlet.", "skallsord").isQuoted()).isTrue();
        assertThat(term("Han kallade mig idiot på mötet.", "skallsord").isReported()).isTrue();
        assertThat(term("Jag tycker inte att hon är en idiot.", "skallsord").isNegated()).isTrue();
        assertThat(term("Inget internt dokument har läckt.", "internt").isNegated()).isTrue();
        Term used = term("Han är en idiot.", "skallsord");
        assertThat(used.isUsed()).isTrue();
    }

    private static String described(Term t) {
        return t.getText() + "/" + t.getAbout() + "/" + t.getConstruction() + "/" + t.getClause() + "/"
                + t.isReported() + "/" + t.isNegated() + "/" + t.isQuoted();
    }

    @Test
    void constructions_readASentenceAmongOthersAsTheyReadItAlone() {
        // only the sentences with a match are read; what a match's construction looks at lies in its sentence, and a
        // group in the sentence before carries over to "de"
        String around = "Vi kommer i morgon. Han sa att du kommer, men om, när och hur vet ingen ";
        List<String> alone = List.of("Du är en idiot.", "Kommunalrådet, som aldrig svarar, är korkad.",
                "Snart kommer du att få stryk.", "Han skrev att ministern är en idiot.", "Du hittar idioter överallt.",
                "”Din idiot” stod det i mejlet.", "Muslimer kom hit. De är parasiter.");
        for (String sentence : alone) {
            String list = sentence.contains("stryk") ? "hot-tvetydig"
                    : sentence.contains("parasit") ? "avhumaniserande" : "skallsord";
            String embedded = around + ". " + sentence + " " + around + ".";
            assertThat(terms(embedded, list)).extracting(LanguageLayerTest::described)
                    .as(sentence).containsExactlyElementsOf(terms(sentence, list).stream()
                            .map(LanguageLayerTest::described).toList());
        }
        assertThat(term("Muslimer kom hit. De är parasiter.", "avhumaniserande").getAbout()).isEqualTo("grupp");
    }

    @Test
    void buffers_reusedByAThreadReadEachPostAsNewOnesDo() throws Exception {
        // a thread keeps its tokens, characters and per-word arrays for its next post: nothing a post leaves in them
        // (a longer post, matches in other places) may reach the next one
        String longPost = "Ministern är en idiot, du är korkad och de är parasiter. Han sa att hon kommer. ".repeat(300);
        List<String> posts = List.of(longPost, "Du är en idiot.", "Hon sa att han kommer.",
                "Muslimer kom hit. De är parasiter.", longPost.substring(0, 4_000) + " Snart kommer du att få stryk.",
                "Kommunalrådet, som aldrig svarar, är korkad.", "Vi ses i morgon.", "Din idiot!");
        List<List<String>> reused = new ArrayList<>();
        for (String post : posts) {
            reused.add(facts(post));
        }
        for (int i = 0; i < posts.size(); i++) {
            String post = posts.get(i);
            List<List<String>> fresh = new ArrayList<>();
            Thread t = new Thread(() -> fresh.add(facts(post))); // a new thread: new buffers
            t.start();
            t.join();
            assertThat(reused.get(i)).as("post %d", i).isNotEmpty().isEqualTo(fresh.get(0));
        }
    }

    /** The words of the lists and the people of {@code text}, as the analysis finds them. */
    private static List<String> facts(String text) {
        return ANALYZER.analyze(Post.of(text)).stream()
                .map(f -> f instanceof Term t ? t.getList() + ":" + t.getStart() + ":" + described(t)
                        : f instanceof Referent r ? r.getText() + "/" + r.getKind() + "/" + r.getSentence() + "/"
                                + r.getStart() : f.getClass().getSimpleName())
                .toList();
    }

    @Test
    void referents_comeFromTheSentencesWithAMatch() {
        // a person in a sentence without a match can be tied to nothing: no fact
        List<Referent> refs = ANALYZER.analyze(Post.of("Hon kom hem sent. Ministern är en idiot. Han gick."))
                .stream().filter(Referent.class::isInstance).map(Referent.class::cast).toList();
        assertThat(refs).extracting(r -> r.getText() + "/" + r.getSentence()).containsExactly("Ministern/1");
    }

    @Test
    void terms_tellWhetherAHyphenJoinsThemToTheWordBefore() {
        assertThat(term("Du är en SD-idiot.", "skallsord").isAfterHyphen()).isTrue();
        assertThat(term("Han är en SD-clown.", "bildliga").isAfterHyphen()).isTrue();
        assertThat(term("Han är en 1‑clown.", "bildliga").isAfterHyphen()).isTrue(); // a non-breaking hyphen
        assertThat(term("Han är en clown.", "bildliga").isAfterHyphen()).isFalse();
        assertThat(term("Vi skrattade - clown eller inte.", "bildliga").isAfterHyphen()).isFalse();
        assertThat(term("Clown -clown.", "bildliga").isAfterHyphen()).isFalse();
    }

    @Test
    void referents_areFactsWithTheirSentence() {
        List<Referent> refs = ANALYZER.analyze(Post.of("Hej. Ministern är en idiot och muslimer är parasiter."))
                .stream().filter(Referent.class::isInstance).map(Referent.class::cast).toList();
        assertThat(refs).extracting(r -> r.getText() + "/" + r.getKind() + "/" + r.getSentence())
                .contains("Ministern/person/1", "muslimer/grupp/1");
    }
}
