package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Post;
import io.github.policykoll.RulePackException.Problem;
import io.github.policykoll.facts.CapsRun;
import io.github.policykoll.facts.Credit;
import io.github.policykoll.facts.Email;
import io.github.policykoll.facts.Hashtag;
import io.github.policykoll.facts.Link;
import io.github.policykoll.facts.Mention;
import io.github.policykoll.facts.Personnummer;
import io.github.policykoll.facts.PhoneNumber;
import io.github.policykoll.facts.PunctuationRun;
import io.github.policykoll.facts.Sentence;
import io.github.policykoll.facts.Term;
import io.github.policykoll.facts.ToneStats;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
    private static final List<Problem> PROBLEMS = new ArrayList<>();
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(List.of(
            WordList.parse("skallsord", "skallsord.txt", List.of("# test", "idiot", "fårskalle", "*pack",
                    "-idiotsäker"), PROBLEMS),
            WordList.parse("rykten", "rykten.txt", List.of("det sägs att", "ryktet går"), PROBLEMS),
            WordList.parse("sarkasm", "sarkasm.txt", List.of("🙄"), PROBLEMS)));

    private static <T> List<T> facts(String text, Class<T> type) {
        return ANALYZER.analyze(Post.of(text)).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> terms(String text) {
        return facts(text, Term.class).stream().map(t -> t.getText() + "@" + t.getStart() + (t.isEvasion() ? "!" : ""))
                .toList();
    }

    @Test
    void buffers_aThreadKeepsStayBounded() throws Exception {
        // a new thread, so that it starts with no buffers; each read sees a match, so the constructions run too
        List<Integer> kept = new ArrayList<>();
        Thread t = new Thread(() -> {
            ANALYZER.analyze(Post.of("Du är en idiot."));
            kept.add(ANALYZER.keptChars());
            kept.add(ANALYZER.keptWords());
            ANALYZER.analyze(Post.of("Du är en idiot. ".repeat(5_625))); // 90,000 characters, 22,500 words
            kept.add(ANALYZER.keptChars());
            kept.add(ANALYZER.keptWords());
            ANALYZER.analyze(Post.of("Du är en idiot. ".repeat(18_750))); // 300,000: read, not kept
            kept.add(ANALYZER.keptChars());
            kept.add(ANALYZER.keptWords());
        });
        t.start();
        t.join();
        assertThat(kept).containsExactly(1_024, 256, // an ordinary post: small buffers
                TextAnalyzer.SPARE_CHARS, Constructions.SPARE_WORDS, // grown, within the bound
                TextAnalyzer.SPARE_CHARS, Constructions.SPARE_WORDS); // a longer post's are not kept
    }

    @Test
    void wordLists_parseWithoutProblems() {
        assertThat(PROBLEMS).isEmpty();
    }

    @Test
    void analyze_findsInflectionsWithExactOffsets() {
        assertThat(terms("Idioten och idioterna, fårskallar!")).containsExactly("Idioten@0", "idioterna@12",
                "fårskallar@23");
    }

    @Test
    void analyze_findsCompoundsButNotExceptions() {
        assertThat(terms("Moderatpacket är idiotsäkert.")).containsExactly("Moderatpacket@0");
    }

    @Test
    void analyze_undoesEvasionsAndMarksThem() {
        assertThat(terms("en i d i o t här")).containsExactly("i d i o t@3!");
        assertThat(terms("din 1d10t")).containsExactly("1d10t@4!");
        assertThat(terms("id\u200Biot")).containsExactly("id\u200Biot@0!");
        assertThat(terms("іdіot")).containsExactly("іdіot@0!");          // Cyrillic і
        assertThat(terms("idiooooot")).containsExactly("idiooooot@0!");
    }

    @Test
    void analyze_joinsSpelledOutLettersOneGapApart() {
        assertThat(terms("du är en i.d.i.o.t!")).containsExactly("i.d.i.o.t@9!");
        assertThat(terms("t.ex. i-d-i-o-t")).containsExactly("i-d-i-o-t@6!");
        assertThat(terms("i d i o t https://x.se i/d/i/o/t")).containsExactly("i d i o t@0!", "i/d/i/o/t@23!");
        // anything between two letters but one gap ends the run: an emoji, a second space, a comma
        assertThat(terms("i d 🙄 i o t")).containsExactly("🙄@4"); // an emoji list, no word
        assertThat(terms("i  d i o t")).isEmpty();
        assertThat(terms("i,d,i,o,t")).isEmpty();
    }

    @Test
    void analyze_offsetsCountUtf16UnitsAfterEmoji() {
        String text = "😀😀 idiot";
        Term t = facts(text, Term.class).get(0);
        assertThat(t.getStart()).isEqualTo(5);
        assertThat(text.substring(t.getStart(), t.getEnd())).isEqualTo("idiot");
    }

    @Test
    void analyze_matchesPhrasesWithinASentenceOnly() {
        assertThat(terms("Det sägs att hon slutar.")).containsExactly("Det sägs att@0");
        assertThat(terms("Det sägs. Att hon slutar.")).isEmpty();
        assertThat(terms("Jaha 🙄")).containsExactly("🙄@5");
    }

    @Test
    void analyze_findsPersonnummerWithValidChecksumOnly() {
        assertThat(facts("811218-9876 och 811218-9875 och 19640823-3234", Personnummer.class))
                .extracting(Personnummer::getText).containsExactly("811218-9876", "19640823-3234");
        // a wrong check digit is still a personnummer when the text says so right before it
        assertThat(facts("Hans personnummer är 19800101-0008.", Personnummer.class))
                .extracting(Personnummer::getText).containsExactly("19800101-0008");
        assertThat(facts("750562-3129", Personnummer.class).get(0).isSamordningsnummer()).isTrue();
        // ten digits without separator are a phone number unless the text says personnummer
        assertThat(facts("ring 0701234567", Personnummer.class)).isEmpty();
        assertThat(facts("Möte 2026-11-24 kl 18", Personnummer.class)).isEmpty();
    }

    @Test
    void analyze_findsPhoneNumbersEmailsLinksMentionsHashtags() {
        String text = "Ring 070-123 45 67 eller mejla anna.a@example.se, se https://bit.ly/x. @kalle #svpol";
        assertThat(facts(text, PhoneNumber.class)).extracting(PhoneNumber::getText, PhoneNumber::isMobile)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("070-123 45 67", true));
        assertThat(facts(text, Email.class)).extracting(Email::getText).containsExactly("anna.a@example.se");
        assertThat(facts(text, Link.class)).extracting(Link::getUrl, Link::getHost, Link::isShortener)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("https://bit.ly/x", "bit.ly", true));
        assertThat(facts(text, Mention.class)).extracting(Mention::getName).containsExactly("kalle");
        assertThat(facts(text, Hashtag.class)).extracting(Hashtag::getTag).containsExactly("svpol");
    }

    @Test
    void analyze_tellsAcronymsFromShouting() {
        List<CapsRun> runs = facts("SL och EU. SLUTA LJUGA NU!!!", CapsRun.class);
        assertThat(runs).extracting(CapsRun::getText, CapsRun::isAcronymsOnly).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SL", true), org.assertj.core.groups.Tuple.tuple("EU", true),
                org.assertj.core.groups.Tuple.tuple("SLUTA LJUGA NU", false));
        assertThat(facts("NU!!!", PunctuationRun.class)).extracting(PunctuationRun::getText).containsExactly("!!!");
    }

    @Test
    void analyze_tellsNamesInCapitalsFromShouting() {
        List<CapsRun> runs = facts("ANNA LINDQVIST (S) regionråd. STOCKHOLM i dag. SLUTA LJUGA. SHAME ON YOU. "
                + "JOHAN PRINTZ skriver. VAKNA UPP SVERIGE. ANNA KARIN ELIN LINDQVIST", CapsRun.class);
        assertThat(runs).extracting(CapsRun::getText, CapsRun::isNamesOnly).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ANNA LINDQVIST", true),
                org.assertj.core.groups.Tuple.tuple("STOCKHOLM", true),
                org.assertj.core.groups.Tuple.tuple("SLUTA LJUGA", false), // common words
                org.assertj.core.groups.Tuple.tuple("SHAME ON YOU", false), // no word a known name
                org.assertj.core.groups.Tuple.tuple("JOHAN PRINTZ", true), // one known name is enough
                org.assertj.core.groups.Tuple.tuple("VAKNA UPP SVERIGE", false), // a name among common words
                org.assertj.core.groups.Tuple.tuple("ANNA KARIN ELIN LINDQVIST", false)); // four words: no name
    }

    @Test
    void analyze_splitsSentencesButNotAbbreviations() {
        assertThat(facts("Vi satsar t.ex. på vården. Vad tycker du?\nHej", Sentence.class))
                .extracting(Sentence::getText, Sentence::isQuestion).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Vi satsar t.ex. på vården.", false),
                        org.assertj.core.groups.Tuple.tuple("Vad tycker du?", true),
                        org.assertj.core.groups.Tuple.tuple("Hej", false));
        // an abbreviation that never ends a sentence does not, whatever follows; one that may, does before a capital
        assertThat(facts("Det kostar t.ex. 100 kronor. Vi bor bl.a. i Stockholm.", Sentence.class))
                .extracting(Sentence::getText).containsExactly("Det kostar t.ex. 100 kronor.",
                        "Vi bor bl.a. i Stockholm.");
        assertThat(facts("Vi satsar på skola, vård m.m. Vi vill mer.", Sentence.class)).hasSize(2);
        assertThat(facts("Vi satsar på skola, vård m.m. och mycket mer.", Sentence.class)).hasSize(1);
    }

    @Test
    void analyze_readsADottedAbbreviationAsNoWord() {
        // "s.k." is no word "s", "t.ex" and "idiot" are no spelled-out word, and "idiot" is found as before
        assertThat(terms("Det s.k. idiotsäkra systemet.")).isEmpty();
        assertThat(terms("Han är t.ex. en idiot.")).containsExactly("idiot@16");
        assertThat(terms("Han är T.ex en idiot.")).containsExactly("idiot@15");
        assertThat(TextAnalyzer.abbreviationAt("bl.a. i Stockholm", 0)).isEqualTo(5);
        assertThat(TextAnalyzer.abbreviationAt("bl.a i Stockholm", 0)).isEqualTo(4);
        assertThat(TextAnalyzer.abbreviationAt("kostar ca. 100 kr", 7)).isEqualTo(10);
        // not an abbreviation: the word alone, part of a longer word or a dotted run, a word after it
        assertThat(TextAnalyzer.abbreviationAt("ca 100 kr", 0)).isEqualTo(-1);
        assertThat(TextAnalyzer.abbreviationAt("abl.a.", 1)).isEqualTo(-1);
        assertThat(TextAnalyzer.abbreviationAt("s.k.a.", 0)).isEqualTo(-1);
        assertThat(TextAnalyzer.abbreviationAt("s.kalla", 0)).isEqualTo(-1);
    }

    @Test
    void analyze_countsQuestionsOnceForThePost() {
        assertThat(facts("Vi satsar på vården. Vad tycker du? Och du?\nHej", ToneStats.class))
                .extracting(ToneStats::getQuestions).containsExactly(2);
        assertThat(facts("Vi satsar på vården. Hej!", ToneStats.class)).extracting(ToneStats::getQuestions)
                .containsExactly(0);
        assertThat(facts("", ToneStats.class)).extracting(ToneStats::getQuestions).containsExactly(0);
    }

    @Test
    void analyze_marksTheWordsThatOpenTheirSentence() {
        // the first word of the text, the first of a later sentence and one inside a sentence
        assertThat(facts("Idiot sa han. Idiot! Han är en idiot.", Term.class))
                .extracting(Term::getStart, Term::isFirstInSentence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, true),
                        org.assertj.core.groups.Tuple.tuple(14, true),
                        org.assertj.core.groups.Tuple.tuple(31, false));
        List<Sentence> sentences = facts("Idiot sa han. Idiot! Han är en idiot.", Sentence.class);
        assertThat(sentences).extracting(Sentence::getStart).contains(0, 14);
    }

    @Test
    void analyze_marksTheIronyMarkersThatOpenTheirSentence() {
        assertThat(facts("Jättebra jobbat med snöröjningen. NOT.", Term.class))
                .extracting(Term::getText, Term::isFirstInSentence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NOT", true));
        assertThat(facts("Jättebra jobbat med snöröjningen /s", Term.class))
                .extracting(Term::getText, Term::isFirstInSentence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/s", false));
    }

    @Test
    void analyze_findsCreditsInText() {
        assertThat(facts("Foto: Anna Svensson/TT", Credit.class)).extracting(Credit::getText)
                .containsExactly("Foto: ");
        assertThat(facts("Fotot är fint", Credit.class)).isEmpty();
    }

    @Test
    void wordList_reportsBadEntriesWithLine() {
        List<Problem> problems = new ArrayList<>();
        WordList.parse("x", "x.txt", List.of("# rubrik", "id*ot", "*ab", "ok", "=*pack", "=", "min =granne", "fl=ickan"),
                problems);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "x.txt:2: * får bara stå först eller sist i ett ord, inte mitt i 'id*ot'",
                "x.txt:3: '*ab' är för kort för * (minst tre bokstäver), det skulle träffa för mycket",
                "x.txt:5: = (bara den här formen) och * kan inte stå i samma ord: '=*pack'",
                "x.txt:6: '=' är inget ord",
                "x.txt:8: = får bara stå först i ett ord (=flickan), inte i 'fl=ickan'");
    }

    @Test
    void wordList_alternativesStandForEveryPhraseTheyMake() {
        List<Problem> problems = new ArrayList<>();
        WordList list = WordList.parse("x", "x.txt", List.of("rätt i|hos kammarrätten|domstolen", "=flickan|=pojken",
                "-packa|packar", "det  sägs att"), problems);
        assertThat(problems).isEmpty();
        assertThat(list.entries()).extracting(WordList.Entry::raw).containsExactly("rätt i kammarrätten",
                "rätt i domstolen", "rätt hos kammarrätten", "rätt hos domstolen", "=flickan", "=pojken",
                "det  sägs att"); // a line without alternatives stays as written
        assertThat(list.entries()).extracting(WordList.Entry::line).containsExactly(1, 1, 1, 1, 2, 2, 4);
        assertThat(list.exceptions()).containsExactlyInAnyOrder("packa", "packar");
        // every alternative is a word of its own: = on the first does not carry over
        assertThat(list.entries().get(5).words().get(0).exact()).isTrue();

        WordList.parse("x", "x.txt", List.of("a||b c", "ok", "a|b|c|d ".repeat(5), "id*ot|idiot"), problems);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "x.txt:1: 'a||b' har ett tomt alternativ (skriv ord|ord)",
                "x.txt:3: raden blir fler än 256 fraser med sina alternativ (|): dela upp den",
                "x.txt:4: * får bara stå först eller sist i ett ord, inte mitt i 'id*ot'");
    }

    @Test
    void wordList_matchesAnExactFormOnlyAsWritten() {
        TextAnalyzer exact = new TextAnalyzer(List.of(WordList.parse("fall", "fall.txt",
                List.of("=flickan", "pojke", "min =grannes"), new ArrayList<>())));
        java.util.function.Function<String, List<String>> found = text -> exact.analyze(
                io.github.policykoll.Post.of(text)).stream().filter(Term.class::isInstance).map(Term.class::cast)
                .map(Term::getText).toList();
        assertThat(found.apply("Flickan fick vänta. Flickor och flickorna får vänta.")).containsExactly("Flickan");
        // without =, every form: pojke, pojken, pojkar
        assertThat(found.apply("Pojken och pojkarna.")).containsExactly("Pojken", "pojkarna");
        assertThat(found.apply("Min grannes hund, min granne.")).containsExactly("Min grannes");
    }

    @Test
    void analyze_keepsAtMost256FactsOfAKindButEverySentence() {
        List<Object> facts = ANALYZER.analyze(io.github.policykoll.Post.of("Du är en idiot 🙄 @anna. ".repeat(1000)));
        assertThat(facts.stream().filter(f -> f instanceof Term t && t.getList().equals("skallsord"))).hasSize(256);
        assertThat(facts.stream().filter(f -> f instanceof Term t && t.getList().equals("sarkasm"))).hasSize(256);
        assertThat(facts.stream().filter(f -> f instanceof io.github.policykoll.facts.Mention)).hasSize(256);
        assertThat(facts.stream().filter(f -> f instanceof io.github.policykoll.facts.Sentence)).hasSize(1000);
        // the first ones are kept: the marked words start at the start of the post
        assertThat(facts.stream().filter(f -> f instanceof Term t && t.getList().equals("skallsord"))
                .map(f -> ((Term) f).getStart()).findFirst()).contains(9);
    }

    @Test
    void schemeAndDigits_areTakenOutAsTheRegularExpressionsDid() {
        java.util.regex.Pattern scheme = java.util.regex.Pattern.compile("(?i)^https?://");
        List<String> urls = new ArrayList<>(List.of("http://a.se", "https://a.se/x", "HTTPS://A.SE", "HtTp://x",
                "https:/a.se", "https//a.se", "httpss://a.se", "ftp://a.se", "www.a.se", "http://", "https://",
                "http:", "https", "hTTpS://å.se", "xhttp://a.se", "http\u017f://a.se", "\u212attp://a.se",
                "http\u0131://a.se", ""));
        java.util.Random random = new java.util.Random(7);
        String alphabet = "hHtTpPsS:/.aå0\u017f";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            urls.add(random.nextBoolean() ? "http" + b : b.toString());
        }
        for (String url : urls) {
            assertThat(TextAnalyzer.withoutScheme(url)).as(url).isEqualTo(scheme.matcher(url).replaceFirst(""));
        }
        List<String> numbers = new ArrayList<>(List.of("070-123 45 67", "+46 (0)70 123 45 67", "", "abc",
                "\u0661\u0662\u0663 12", "０７０ 12", "12\u00b934"));
        String digitsAndMore = "0123456789 -+()\u0661０a";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                b.append(digitsAndMore.charAt(random.nextInt(digitsAndMore.length())));
            }
            numbers.add(b.toString());
        }
        for (String n : numbers) {
            assertThat(TextAnalyzer.asciiDigits(n)).as(n).isEqualTo(n.replaceAll("\\D", ""));
        }
    }
}
