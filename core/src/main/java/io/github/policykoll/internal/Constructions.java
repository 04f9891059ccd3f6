package io.github.policykoll.internal;

import io.github.policykoll.facts.Referent;
import io.github.policykoll.facts.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a word-list match is about, in Swedish: finds the people a sentence speaks to or about (pronouns,
 * names, titles from the word list {@code personer}, groups from {@code grupper}, political opponents from
 * {@code motstandare}) and the constructions that tie words to them:
 * <ul>
 *   <li>predicative: "Kommunalrådet i Täby är en riktig idiot", "Du är för korkad", "Muslimer är inte människor";
 *   <li>vocative: "din jävla högerpamp", "Era idioter i nämnden", "Hoppas du dör, förrädare", "Lögnare!";
 *   <li>exclamative: "Vilken clown den där ledamoten är", "Vilket pucko till statsråd";
 *   <li>subject: the group or person the sentence is about says or does the words ("Somalierna kannibaliserar").
 * </ul>
 * It also tells whether words are quoted, reported ("han kallade mig idiot", "ordet ...", "..., säger
 * oppositionen") or negated ("inget internt dokument", "jag tycker inte att hon är inkompetent").
 *
 * <p>Works on the words of one post in one pass per sentence; nothing here is a parser, only the few
 * Swedish patterns that decide whether an insult is aimed at someone.
 */
final class Constructions {
    /** What the analysis says about one match. */
    record Info(String about, String construction, boolean quoted, boolean reported, boolean negated, int clause) {
        Info withClause(int c) {
            return new Info(about, construction, quoted, reported, negated, c);
        }
    }

    static final String PERSON_LIST = "personer";
    static final String GROUP_LIST = "grupper";
    static final String OPPONENT_LIST = "motstandare";

    private static final Set<String> YOU = Set.of("du", "dig", "ni", "er", "din", "ditt", "dina", "era", "eder");
    private static final Set<String> VOCATIVE = Set.of("din", "ditt", "dina", "era", "du", "ni");
    private static final Set<String> PLURAL = Set.of("de", "dem", "dom");
    /** The writer: "Vilken idiot jag var", "Jag var dum som ...": self-criticism, not an attack. */
    private static final Set<String> SELF = Set.of("jag", "mig", "mej");
    private static final Set<String> THIRD = Set.of("han", "hon", "hen", "honom", "henne");
    private static final Set<String> COPULA = Set.of("är", "e", "var", "va", "blir", "blev", "vart", "verkar",
            "förblir");
    private static final Set<String> EXCLAIM = Set.of("vilken", "vilket", "vilka", "sån", "sånt", "såna", "vad");
    private static final Set<String> NEGATION = Set.of("inte", "icke", "ej", "aldrig", "ingen", "inget", "inga",
            "knappast", "varken");
    /** Words that start a new clause: an insult after them is not tied to the subject before them. */
    private static final Set<String> BOUNDARY = Set.of("att", "som", "men", "när", "eftersom", "därför", "fast",
            "medan", "om", "utan", "innan", "tills", "då", "vilket", "vars");
    private static final Set<String> REPORTING = Set.of("kalla", "kallar", "kallade", "kallat", "kallas",
            "kallades", "kallats", "kallad", "skrev", "ropade", "ropar", "skrek", "sa", "sade",
            "säger", "sagt", "ordet", "orden", "uttrycket", "uttrycken", "citat", "citerade", "citerar",
            "anklagade", "anklagar", "höra", "hörde", "skriver", "skrivit", "twittrade", "tweetade", "hävdade",
            "benämnde", "beskrev", "stämplade", "stämplar");
    /** Verbs that attribute a sentence to someone else when they follow it after a comma (", menar oppositionen"). */
    private static final Set<String> ATTRIBUTION = Set.of("menar", "anser", "tycker", "hävdar", "säger", "sa",
            "skriver", "skrev", "berättar", "berättade", "påstår", "uppger", "enligt", "konstaterar", "förklarar");
    /**
     * How far after the words an attribution after a comma is looked for: ", sade Andreas Lundstedt" at the end of
     * a long quoted sentence reports all of it.
     */
    private static final int MAX_ATTRIBUTION_GAP = 40;
    private static final String QUOTES = "\"“”«»„";
    private static final int YOU_BIT = 1;
    private static final int VOCATIVE_BIT = 2;
    private static final int THIRD_BIT = 4;
    private static final int COPULA_BIT = 8;
    private static final int EXCLAIM_BIT = 16;
    private static final int NEGATION_BIT = 32;
    private static final int BOUNDARY_BIT = 64;
    private static final int REPORTING_BIT = 128;
    private static final int PLURAL_BIT = 256;
    private static final int SELF_BIT = 512;
    private static final int ATTRIBUTION_BIT = 1024;
    private static final int CLAUSE_BIT = 2048;
    private static final int PREPOSITION_BIT = 4096;
    private static final int RELATIVE_BIT = 8192;
    private static final int ATT_BIT = 16384;
    private static final int FUTURE_BIT = 32768;
    private static final int PERSONAL_YOU_BIT = 65536;
    /**
     * Set by {@link #analyze} on an "att" after "kommer" (and "kommer du"), never by a word's flags: no boundary
     * between the subject and what it does, but still one for the address "du + three words" ("Du kommer att möta
     * idioter på nätet" is no "din idiot").
     */
    private static final int FUTURE_ATT_BIT = 1 << 18;
    /**
     * Set by {@link #analyze} on a capitalised word taken for a name, never by a word's flags: "Europa", "Hammarby"
     * are people to most constructions, but no object of a threat ("Nu ska vi spöa upp Hammarby").
     */
    private static final int NAME_BIT = 1 << 19;
    /** The relative pronoun: "Du som sprider lögner är en idiot" speaks of "du". */
    private static final Set<String> RELATIVE = Set.of("som");
    /** "att", which after "kommer" marks an infinitive, not a new clause: "Du kommer att få stryk". */
    private static final Set<String> ATT = Set.of("att");
    /** The future's auxiliary: "kommer (du) att …". */
    private static final Set<String> FUTURE = Set.of("kommer", "kommit");
    /** The reader as a pronoun, not a possessive: "Du jävla idiot", but "Du hittar lögnare i alla partier". */
    private static final Set<String> PERSONAL_YOU = Set.of("du", "ni");
    /** How many words a relative clause between a person and the copula may have ("som" not counted). */
    private static final int MAX_RELATIVE = 10;
    /** How far after the words their object may stand: "spöa upp det där kommunalrådet". */
    private static final int MAX_OBJECT_GAP = 3;
    /** A person or group right after one of these is an object, not the subject ("hatet mot invandrare"). */
    private static final Set<String> PREPOSITION = Set.of("mot", "av", "för", "om", "till", "med", "på", "från",
            "hos", "åt", "kring", "i", "bland");
    /** Words that start a new clause for {@link io.github.policykoll.facts.Term#getClause()}. */
    private static final Set<String> CLAUSE = Set.of("men", "trots", "fast", "medan", "eftersom", "utan", "när",
            "innan");
    /** The closed-class words above, each with its bits: one look-up per word. */
    private static final java.util.Map<String, Integer> FLAGS = new java.util.HashMap<>();

    static {
        flag(YOU, YOU_BIT);
        flag(VOCATIVE, VOCATIVE_BIT);
        flag(THIRD, THIRD_BIT);
        flag(COPULA, COPULA_BIT);
        flag(EXCLAIM, EXCLAIM_BIT);
        flag(NEGATION, NEGATION_BIT);
        flag(BOUNDARY, BOUNDARY_BIT);
        flag(REPORTING, REPORTING_BIT);
        flag(PLURAL, PLURAL_BIT);
        flag(SELF, SELF_BIT);
        flag(ATTRIBUTION, ATTRIBUTION_BIT);
        flag(CLAUSE, CLAUSE_BIT);
        flag(PREPOSITION, PREPOSITION_BIT);
        flag(RELATIVE, RELATIVE_BIT);
        flag(ATT, ATT_BIT);
        flag(FUTURE, FUTURE_BIT);
        flag(PERSONAL_YOU, PERSONAL_YOU_BIT);
    }

    private static void flag(Set<String> words, int bit) {
        words.forEach(w -> FLAGS.merge(w, bit, (a, b) -> a | b));
    }

    /** The construction flags of a folded word form (0 for most words). */
    static int flagsOf(String form) {
        return FLAGS.getOrDefault(form, 0);
    }

    private static boolean has(int flags, int bit) {
        return (flags & bit) != 0;
    }

    private static final int MAX_GAP = 4;

    private Constructions() {
    }

    /** A thread keeps its per-word arrays for its next analysis up to this many words (about 130,000 characters). */
    static final int SPARE_WORDS = 26_224;

    /**
     * The per-word arrays of one analysis, at least as long as its words, kept by a thread for its next: new ones
     * were 475 kB to allocate and zero for a text of 100,000 characters, most of it in sentences without a match
     * that no construction reads. What the analysis reads before it writes is reset for the words it reads
     * ({@link #clear}); the other arrays it writes for a span's words before it reads them.
     */
    private static final class WordArrays {
        final int[] flags;
        final int[] sentence;
        final boolean[] punctBefore;
        final int[] clause;
        final String[] kind;
        final boolean[] owner;
        final int[] firstOf;
        final int[] lastOf;
        final int[] reportedBy;

        WordArrays(int n) {
            flags = new int[n];
            sentence = new int[n];
            punctBefore = new boolean[n];
            clause = new int[n];
            kind = new String[n];
            owner = new boolean[n];
            firstOf = new int[n];
            lastOf = new int[n];
            reportedBy = new int[n];
        }

        /**
         * Resets what is read before it is written for a span of words {@code [from, to)} among {@code n}: the
         * sentence ("in none", -1) of its words, the two before it and the one after it; who each of its words is
         * (none) and whether it owns the next (no).
         */
        void clear(int from, int to, int n) {
            java.util.Arrays.fill(sentence, Math.max(0, from - 2), Math.min(n, to + 1), -1);
            java.util.Arrays.fill(kind, from, to, null);
            java.util.Arrays.fill(owner, from, to, false);
        }
    }

    /**
     * Where a caller keeps the per-word arrays of one analysis for its next ({@link TextAnalyzer} keeps one per
     * thread, with its other buffers, so that they go with the engine).
     */
    static final class Spare {
        private WordArrays arrays;

        /** The words the kept arrays hold, 0 for none (for tests: they stay bounded). */
        int words() {
            return arrays == null ? 0 : arrays.flags.length;
        }

        /** The kept arrays when they hold {@code n} words; else new ones, kept if not too long. */
        private WordArrays arraysFor(int n) {
            if (arrays != null && arrays.flags.length >= n) {
                return arrays;
            }
            WordArrays made = new WordArrays(Math.max(n, Math.min(SPARE_WORDS, Math.max(256, n + n / 2))));
            if (made.flags.length <= SPARE_WORDS) {
                arrays = made;
            }
            return made;
        }
    }

    /**
     * Analyses {@code matches} (token indices into {@code tokens}) and returns one {@link Info} per match,
     * in order; the people found are added to {@code referents}. The words are the tokens that are neither an
     * emoji nor a spelled-out word: all of them, in most texts ({@link Tokens#allWords}). The per-word arrays come
     * from {@code spare}, and stay there for the next analysis when not too long.
     */
    static List<Info> analyze(String text, Tokens tokens, List<Sentence> sentences, List<TermMatcher.Match> matches,
            List<Referent> referents, TextMarks.Positions quotes, Spare spare) {
        if (matches.isEmpty()) {
            return List.of(); // no word-list match: nothing for a construction to be about
        }
        // word w is token tokenOf[w], and token i word wordOf[i] (-1 for none); both null when the words are
        // the tokens: the usual case
        int[] wordOf = null;
        int[] tokenOf = null;
        int n = tokens.size();
        if (!tokens.allWords) {
            wordOf = new int[tokens.size()];
            tokenOf = new int[tokens.size()];
            n = 0;
            for (int i = 0; i < tokens.size(); i++) {
                wordOf[i] = -1;
                if (!tokens.joined(i) && !tokens.emoji(i)) {
                    wordOf[i] = n;
                    tokenOf[n++] = i;
                }
            }
        }
        Words words = new Words(tokens, tokenOf, n);
        // only the sentences with a match are read: what a construction looks at lies in its match's sentence
        // (a long text has thousands of sentences, and most have none); spans holds their words as [from, to)
        int[] spans = spans(words, sentences, matches, wordOf);
        WordArrays arrays = spare.arraysFor(n);
        // what is read: a span's words, the two before it ("kommer du" before "att", below) and the one after it
        // (whether a capitalised word ends its sentence); a word of no span is in another sentence than any of a span
        for (int s = 0; s < spans.length; s += 3) {
            arrays.clear(spans[s], spans[s + 1], n);
        }
        int[] flags = arrays.flags;
        int[] sentence = arrays.sentence;
        boolean[] punctBefore = arrays.punctBefore;
        int[] clause = arrays.clause;
        String[] kind = arrays.kind;
        for (int s = 0; s < spans.length; s += 3) {
            int from = spans[s];
            int to = spans[s + 1];
            for (int w = Math.max(0, from - 2); w < from; w++) {
                if (sentence[w] < 0) { // not read yet: "kommer (du)" before an "att" that starts the span, below
                    flags[w] = words.bits(w) & WordTable.CONSTRUCTION_FLAGS;
                }
            }
            for (int w = from; w < to; w++) {
                int start = words.start(w);
                flags[w] = words.bits(w) & WordTable.CONSTRUCTION_FLAGS;
                sentence[w] = spans[s + 2];
                punctBefore[w] = w > 0 && hasPunctuation(text, words.start(w - 1), words.end(w - 1), start);
                if (has(flags[w], ATT_BIT) && !punctBefore[w] && w > 0 && (has(flags[w - 1], FUTURE_BIT)
                        || w > 1 && has(flags[w - 2], FUTURE_BIT) && has(flags[w - 1], YOU_BIT | THIRD_BIT))) {
                    flags[w] |= FUTURE_ATT_BIT; // "Du kommer att få stryk", "Snart kommer du att få …": the future
                }
                clause[w] = w == from ? 0 : clause[w - 1] + (punctBefore[w] || has(flags[w], CLAUSE_BIT) ? 1 : 0);
            }
        }
        // the people: list matches first (a title is a title even when capitalised), then pronouns and names
        for (TermMatcher.Match m : matches) {
            String k = switch (m.entry().list()) {
                case PERSON_LIST -> "person";
                case GROUP_LIST -> "grupp";
                case OPPONENT_LIST -> "motståndare";
                default -> null;
            };
            int a = wordOf == null ? m.first() : wordOf[m.first()];
            int b = wordOf == null ? m.last() : wordOf[m.last()];
            if (k == null || a < 0 || b < 0) {
                continue;
            }
            for (int w = a; w <= b; w++) {
                kind[w] = k;
            }
            addReferent(referents, text, words.start(a), words.end(b), sentence[a], k);
        }
        String lastGroup = null;
        int lastGroupSentence = -1;
        for (int s = 0; s < spans.length; s += 3) {
            for (int w = spans[s]; w < spans[s + 1]; w++) {
                if ("grupp".equals(kind[w]) || "motståndare".equals(kind[w])) {
                    lastGroup = kind[w];
                    lastGroupSentence = sentence[w];
                }
                if (kind[w] != null) {
                    continue;
                }
                if (has(flags[w], PLURAL_BIT) && lastGroup != null && sentence[w] - lastGroupSentence <= 1) {
                    // "Bögarna ska inte få adoptera, de är ...": de, dem, dom after a group are the group
                    kind[w] = lastGroup;
                    addReferent(referents, text, words.start(w), words.end(w), sentence[w], lastGroup);
                    continue;
                }
                if (has(flags[w], SELF_BIT)) {
                    // no Referent fact: only so that a construction about the writer is not about others
                    kind[w] = "jag";
                    continue;
                }
                boolean name = !has(flags[w], YOU_BIT | THIRD_BIT) && isName(words, sentence, w);
                String k = has(flags[w], YOU_BIT) ? "du" : has(flags[w], THIRD_BIT) || name ? "person" : null;
                flags[w] |= name ? NAME_BIT : 0;
                if (k != null) {
                    kind[w] = k;
                    addReferent(referents, text, words.start(w), words.end(w), sentence[w], k);
                }
            }
        }
        // a person or group in the genitive before the word it owns ("Kommunalrådets förslag", "Moderaternas
        // politik"): the owned word, not the owner, is what a predicate after it speaks of
        boolean[] owner = arrays.owner;
        for (int s = 0; s < spans.length; s += 3) {
            for (int w = spans[s]; w + 1 < spans[s + 1]; w++) { // the last word of a sentence owns none
                owner[w] = kind[w] != null && kind[w + 1] == null && !punctBefore[w + 1]
                        && isGenitive(text, words.start(w), words.end(w)) && !has(flags[w + 1],
                                COPULA_BIT | BOUNDARY_BIT | NEGATION_BIT | PREPOSITION_BIT | REPORTING_BIT);
            }
        }
        // the first and last word of each word's sentence, and the first reporting word before a word in its
        // sentence ("Han kallade mig idiot", "Hon skrev att ...", -1 for none): one pass. A reporting word after
        // the words reports them only as an attribution (below): in "Du är en idiot som säger sånt" it is the
        // insulted person who speaks
        int[] firstOf = arrays.firstOf;
        int[] lastOf = arrays.lastOf;
        int[] reportedBy = arrays.reportedBy;
        for (int s = 0; s < spans.length; s += 3) {
            int rep = -1;
            for (int k = spans[s]; k < spans[s + 1]; k++) {
                firstOf[k] = spans[s];
                lastOf[k] = spans[s + 1] - 1;
                reportedBy[k] = rep;
                rep = rep < 0 && has(flags[k], REPORTING_BIT) ? k : rep;
            }
        }
        int[] quotedRegions = quotedRegions(text, sentences, quotes);
        List<Info> out = new ArrayList<>(matches.size());
        for (TermMatcher.Match m : matches) {
            int a = wordOf == null ? m.first() : wordOf[m.first()];
            int b = wordOf == null ? m.last() : wordOf[m.last()];
            if (a < 0 || b < 0) {
                // a word spelled out letter by letter: no construction, but still quoted or not
                out.add(new Info("", "", isQuoted(quotedRegions, tokens.start(m.first())), false, false, 0));
                continue;
            }
            boolean quoted = isQuoted(quotedRegions, words.start(a));
            // attributed: ", säger oppositionen", ", skrev någon", "Idiot, kallade han mig", or a reporting word
            // later in the same clause ("Lögnare skrek de", "Tack för ingenting är vad pensionärerna säger"),
            // but not in a clause of its own ("Du är en idiot som säger sånt", "..., och det hörde alla")
            boolean attributed = false;
            boolean sameClause = true;
            for (int w = b + 1; w <= lastOf[a] && w <= b + MAX_ATTRIBUTION_GAP && !attributed; w++) {
                if (punctBefore[w]) {
                    sameClause = false;
                    attributed = has(flags[w], ATTRIBUTION_BIT | REPORTING_BIT);
                } else if (sameClause && has(flags[w], BOUNDARY_BIT)) {
                    sameClause = false;
                } else if (sameClause && w <= b + 12) {
                    attributed = has(flags[w], REPORTING_BIT);
                }
            }
            out.add(info(text, words, flags, punctBefore, kind, owner, a, b, firstOf[a], lastOf[a], quoted,
                    reportedBy[a], attributed).withClause(clause[a]));
        }
        return out;
    }

    /**
     * What the match of words {@code a..b} is about. {@code reportedBy} is the first reporting word before it in
     * its sentence (-1 for none), {@code attributed} whether one after it reports it.
     */
    private static Info info(String text, Words words, int[] flags, boolean[] punctBefore, String[] kind,
            boolean[] owner, int a, int b, int first, int last, boolean quoted, int reportedBy, boolean attributed) {
        boolean reported = reportedBy >= 0 || attributed;
        boolean negatedHere = (a - 1 >= first && has(flags[a - 1], NEGATION_BIT))
                || (a - 2 >= first && has(flags[a - 2], NEGATION_BIT) && !punctBefore[a - 1]);
        if (kind[a] != null) {
            return new Info("", "", quoted, reported, negatedHere, 0);
        }

        // vocative: din / era / du / ni + up to three words + the words; after du / ni, no verb between ("Du
        // hittar lögnare i alla partier" speaks of others)
        int w = a - 1;
        for (int lo = Math.max(first, a - 4); w >= lo && !punctBefore[w + 1]; w--) { // up to three words between
            if (has(flags[w], VOCATIVE_BIT)) {
                if (has(flags[w], PERSONAL_YOU_BIT) && (hasVerb(words, w + 1, a) || isReaderAction(words, a))) {
                    break;
                }
                return new Info("person", "vokativ", quoted, reported, false, 0);
            }
            if (has(flags[w], COPULA_BIT) || has(flags[w], BOUNDARY_BIT) || has(flags[w], EXCLAIM_BIT)) {
                break;
            }
        }
        // vocative: ", förrädare." at the end of a sentence, or "Lögnare!" standing alone
        boolean endsSentence = b == last || (b + 1 == last && !punctBefore[b + 1]);
        if (a > first && punctBefore[a] && endsSentence && a - first <= 6 && hasKind(kind, first, a, "du")) {
            return new Info("person", "vokativ", quoted, reported, false, 0);
        }
        if (a == first && last - first <= 2 && followedBy(text, words.end(b), '!')) {
            return new Info("person", "vokativ", quoted, reported, false, 0);
        }

        // exclamative: vilken / vilket / vad + up to three words + the words (+ the person after)
        w = a - 1;
        for (int lo = Math.max(first, a - 4); w >= lo && !punctBefore[w + 1]; w--) { // up to three words between
            if (has(flags[w], EXCLAIM_BIT)) {
                String who = referentAfter(kind, punctBefore, b + 1, last);
                if (who.isEmpty()) {
                    int before = referentIndexBefore(kind, flags, punctBefore, owner, w - 1, first);
                    who = before < 0 ? "" : kind[before];
                }
                return new Info(about(who), "utrop", quoted, reported, negatedHere, 0);
            }
            if (has(flags[w], COPULA_BIT) || has(flags[w], BOUNDARY_BIT)) {
                break;
            }
        }

        // predicative: subject + copula + up to four words + the words
        w = a - 1;
        for (int lo = Math.max(first, a - 1 - MAX_GAP); w >= lo; w--) {
            if (has(flags[w], COPULA_BIT)) {
                int c = w;
                int subject = referentIndexBefore(kind, flags, punctBefore, owner, c - 1, first);
                if (subject < 0 && c == first) {
                    subject = c + 1 < a && kind[c + 1] != null ? c + 1 : -1; // "Är du dum?"
                }
                // a person in the relative clause is not its subject: "Hon som satt bredvid mig är en lögnare"
                int relative = relativeBefore(kind, flags, punctBefore, c, first);
                if (relative >= 0 && (subject < 0 || subject > relative)) {
                    // "Du som sprider lögner är en idiot": the clause describes the person; what it says
                    // ("som skrev under avtalet", "som aldrig svarar") neither reports nor negates the insult
                    boolean negated = false;
                    boolean reportedHere = attributed || (reportedBy >= 0 && reportedBy < relative);
                    for (int k = c; k < a; k++) {
                        negated |= has(flags[k], NEGATION_BIT);
                        reportedHere |= has(flags[k], REPORTING_BIT);
                    }
                    return new Info(about(kind[relative - 1]), "predikativ", quoted, reportedHere, negated, 0);
                }
                if (subject < 0) {
                    break;
                }
                boolean negated = false;
                int from = clauseStart(punctBefore, Math.min(subject, c), first);
                for (int k = from; k < a; k++) {
                    negated |= has(flags[k], NEGATION_BIT);
                }
                return new Info(about(kind[subject]), "predikativ", quoted, reported, negated, 0);
            }
            if (has(flags[w], BOUNDARY_BIT) || punctBefore[w + 1] && w + 1 < a) {
                break;
            }
        }

        // object: the words are done to a person after them in the same clause ("Någon borde spöa upp det där
        // kommunalrådet", "… bränna ner kommunalrådets villa"); not a person after a preposition ("stryk av
        // kommunalrådet"), and only people: what is done to a group is its subject's business below
        int object = objectAfter(kind, flags, punctBefore, b + 1, last);
        if (object >= 0) {
            return new Info("person", "objekt", quoted, reported, negatedHere, 0);
        }

        // subject: a person, the reader or a group earlier in the same clause says or does the words ("Du kommer
        // att få stryk")
        int subject = referentIndexBefore(kind, flags, punctBefore, owner, a - 1, first);
        if (subject >= 0) {
            boolean negated = false;
            for (int k = subject; k < a; k++) {
                negated |= has(flags[k], NEGATION_BIT);
            }
            return new Info(about(kind[subject]), "subjekt", quoted, reported, negated, 0);
        }
        return new Info("", "", quoted, reported, negatedHere, 0);
    }

    /**
     * A person or group as a fact, up to {@link TextAnalyzer#MAX_FACTS_PER_KIND} of them: the analysis keeps no
     * more of a kind, so the rest are not made (a long text names thousands: han, hon, du ...).
     */
    private static void addReferent(List<Referent> referents, String text, int start, int end, int sentence,
            String kind) {
        if (referents.size() < TextAnalyzer.MAX_FACTS_PER_KIND) {
            referents.add(new Referent(start, end, text.substring(start, end), sentence, kind));
        }
    }

    /** What a Term says it is about: the reader ("du") is a person too. */
    private static String about(String kind) {
        return "du".equals(kind) ? "person" : kind;
    }

    /**
     * Whether word {@code w}, a list word after "du" or "ni", is what the reader does, not what the reader is called:
     * a verb and no adjective that is no noun either ("ser"; not "hora", "skit"), or that is in the present or past
     * tense even if it is a noun too ("kämpar", "stänger", "svek"): "Du ser idioter överallt", "Ni kämpar mot troll
     * varje dag" address no one; an imperative that is a noun stays an address ("Du skit"). One look-up in the lexicon.
     */
    private static boolean isReaderAction(Words words, int w) {
        List<String> tags = SwedishLexicon.get().tags(words.form(w));
        return isVerb(tags) && (!SwedishLexicon.hasTag(tags, "NN") || SwedishLexicon.hasTag(tags, "VB:PRS")
                || SwedishLexicon.hasTag(tags, "VB:PRT"));
    }

    /** Whether {@code tags} (the lexicon's for a word) make it a verb and no adjective. */
    private static boolean isVerb(List<String> tags) {
        return SwedishLexicon.hasTag(tags, "VB") && !SwedishLexicon.hasTag(tags, "JJ");
    }

    /**
     * Whether a word of {@code [from, to)} is a verb and no adjective, by the lexicon's parts of speech ("hittar",
     * "kan", "möta"; not "förbannade", "korkade", "fega", which are adjectives too). Asked only between "du" or
     * "ni" and a word-list match, so a post pays for it only there.
     */
    private static boolean hasVerb(Words words, int from, int to) {
        SwedishLexicon lexicon = SwedishLexicon.get();
        for (int w = from; w < to; w++) {
            if (isVerb(lexicon.tags(words.form(w)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person or reader ("du", "honom", "kommunalrådet", "kommunalrådets") among the {@value #MAX_OBJECT_GAP}
     * words from {@code from} in the same clause, or -1: the look ends at punctuation, a clause boundary, a copula,
     * another referent and a preposition before a referent ("stryk av kommunalrådet" is no object). A capitalised
     * word taken for a name is none either: "spöa upp Hammarby", "invaderar Europa".
     */
    private static int objectAfter(String[] kind, int[] flags, boolean[] punctBefore, int from, int last) {
        for (int w = from, hi = Math.min(last, from + MAX_OBJECT_GAP - 1); w <= hi; w++) {
            if (punctBefore[w] || has(flags[w], BOUNDARY_BIT | COPULA_BIT) && kind[w] == null) {
                return -1;
            }
            if (kind[w] != null) {
                boolean afterPreposition = w > from && kind[w - 1] == null && has(flags[w - 1], PREPOSITION_BIT);
                boolean person = "person".equals(kind[w]) && !has(flags[w], NAME_BIT) || "du".equals(kind[w]);
                return person && !afterPreposition ? w : -1;
            }
        }
        return -1;
    }

    /**
     * The "som" of a relative clause that ends at the copula {@code c} and follows a person, a reader or opponents
     * ("Du som sprider lögner är …", "Kommunalrådet, som aldrig svarar på mejl, är …"), or -1: at most
     * {@value #MAX_RELATIVE} words between, none of them a clause boundary ("att", "men"; "om" may be a
     * preposition) or punctuation other than the commas around the clause; a person inside the clause ("bredvid
     * mig") is not the subject. Not after a group: "Invandrare som begår brott är …" narrows the group to those who do
     * what the clause says, and what follows speaks of them, not of the group.
     */
    private static int relativeBefore(String[] kind, int[] flags, boolean[] punctBefore, int c, int first) {
        for (int w = c - 1, lo = Math.max(first + 1, c - 1 - MAX_RELATIVE); w >= lo; w--) {
            if (has(flags[w], RELATIVE_BIT)) {
                String who = kind[w - 1];
                boolean commas = punctBefore[w];
                boolean fits = commas ? punctBefore[c] : !punctBefore[c];
                return who != null && !"grupp".equals(who) && fits && kind[w] == null ? w : -1;
            }
            if (punctBefore[w] || has(flags[w], BOUNDARY_BIT) && !has(flags[w], PREPOSITION_BIT)) {
                return -1; // "om" is a preposition here too: "Politikern som ljög om budgeten är …"
            }
        }
        return -1;
    }

    /**
     * The nearest person or group at or before {@code from} in the same clause, or -1; -1 too when the nearest
     * owns the word after it ("Kommunalrådets förslag är ..."): then the sentence speaks of that word.
     */
    private static int referentIndexBefore(String[] kind, int[] flags, boolean[] punctBefore, boolean[] owner,
            int from, int first) {
        for (int w = from, lo = Math.max(first, from - 6); w >= lo; w--) {
            boolean object = w > first && kind[w - 1] == null && has(flags[w - 1], PREPOSITION_BIT);
            if (kind[w] != null && !object) {
                return w < from && owner[w] ? -1 : w;
            }
            if (has(flags[w], BOUNDARY_BIT) && !has(flags[w], FUTURE_ATT_BIT) || has(flags[w], COPULA_BIT)
                    || punctBefore[w]) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code text[start, end)}, a person or group word, has the genitive's s ("kommunalrådets",
     * "ministerns", "Moderaternas", "SD:s"; not "ss"). A name that ends in s ("Lars") passes too, which does no
     * harm: the caller asks only when a word that is no verb follows it, and "Lars förslag" is a genitive.
     */
    static boolean isGenitive(String text, int start, int end) {
        if (end < text.length() && text.charAt(end) == ':') { // "SD:s", "SVT:s": the s after the colon
            int ending = TextAnalyzer.colonEnding(text, start, end);
            return ending > 0 && (text.charAt(ending - 1) == 's' || text.charAt(ending - 1) == 'S');
        }
        return end - start >= 3 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                && text.charAt(end - 2) != 's' && text.charAt(end - 2) != 'S';
    }

    private static String referentAfter(String[] kind, boolean[] punctBefore, int from, int last) {
        for (int w = from, hi = Math.min(last, from + 5); w <= hi; w++) {
            if (punctBefore[w] && w > from) {
                return "";
            }
            if (kind[w] != null) {
                return kind[w];
            }
        }
        return "";
    }

    private static int clauseStart(boolean[] punctBefore, int at, int first) {
        int w = at;
        while (w > first && !punctBefore[w]) {
            w--;
        }
        return w;
    }

    private static boolean hasKind(String[] kind, int from, int to, String k) {
        for (int w = from; w < to; w++) {
            if (k.equals(kind[w])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word inside a sentence that is not an acronym (Svensson, Andersson): a name. The first
     * word of a sentence is a name only when the next word is capitalised too (Anna Andersson).
     */
    private static boolean isName(Words words, int[] sentence, int w) {
        if (!words.has(w, WordTable.CAPITALISED)) {
            return false;
        }
        boolean sentenceStart = w == 0 || sentence[w - 1] != sentence[w];
        if (!sentenceStart) {
            return true;
        }
        return w + 1 < words.size() && sentence[w + 1] == sentence[w] && words.has(w + 1, WordTable.CAPITALISED);
    }

    /** The words of a text: its tokens, or those of them that {@code tokenOf} names. */
    private record Words(Tokens tokens, int[] tokenOf, int size) {
        private int token(int w) {
            return tokenOf == null ? w : tokenOf[w];
        }

        int start(int w) {
            return tokens.start(token(w));
        }

        int end(int w) {
            return tokens.end(token(w));
        }

        int bits(int w) {
            return tokens.bits(token(w));
        }

        boolean has(int w, long bit) {
            return tokens.has(token(w), bit);
        }

        /** The folded form of word {@code w}. */
        String form(int w) {
            return tokens.forms(token(w))[0];
        }
    }

    /**
     * The sentences that hold a word of a match, as their words: per sentence, in order, its first word, the word
     * after its last and its index ({@link Sentence#getIndex()}). A word belongs to the last sentence that starts at
     * or before it (the first, if none does); a text without sentences is one sentence, index 0. One walk over the
     * matches' words in order and the sentences, then over the words of the sentences found, and no other word.
     */
    private static int[] spans(Words words, List<Sentence> sentences, List<TermMatcher.Match> matches,
            int[] wordOf) {
        int n = words.size();
        if (sentences.size() <= 1) {
            return n == 0 ? new int[0] : new int[] {0, n, sentences.isEmpty() ? 0 : sentences.get(0).getIndex()};
        }
        int[] at = new int[matches.size() * 2];
        int count = 0;
        for (TermMatcher.Match m : matches) {
            int a = wordOf == null ? m.first() : wordOf[m.first()];
            int b = wordOf == null ? m.last() : wordOf[m.last()];
            if (a >= 0 && b >= 0) {
                at[count++] = a;
                at[count++] = b;
            }
        }
        java.util.Arrays.sort(at, 0, count);
        // per sentence found: its position in sentences, and its first and last word that is a match's
        int[] out = new int[Math.min(count, sentences.size()) * 3];
        int spans = 0;
        int s = 0;
        for (int k = 0; k < count; k++) {
            int w = at[k];
            int start = words.start(w);
            while (s + 1 < sentences.size() && sentences.get(s + 1).getStart() <= start) {
                s++;
            }
            if (spans > 0 && out[spans - 1] == s) {
                out[spans - 2] = w; // the same sentence as the last: its last word so far
            } else {
                out[spans++] = w;
                out[spans++] = w;
                out[spans++] = s;
            }
        }
        for (int k = 0; k < spans; k += 3) {
            int p = out[k + 2];
            int from = out[k];
            int sentenceStart = p == 0 ? Integer.MIN_VALUE : sentences.get(p).getStart();
            while (from > 0 && words.start(from - 1) >= sentenceStart) {
                from--;
            }
            int to = out[k + 1] + 1;
            int next = p + 1 < sentences.size() ? sentences.get(p + 1).getStart() : Integer.MAX_VALUE;
            while (to < n && words.start(to) < next) {
                to++;
            }
            out[k] = from;
            out[k + 1] = to;
            out[k + 2] = sentences.get(p).getIndex();
        }
        return java.util.Arrays.copyOf(out, spans);
    }

    /**
     * Punctuation other than a hyphen or an apostrophe between two words, the first from {@code wordStart} to
     * {@code from}: a clause or phrase break. The colon of an abbreviation's ending ("SD:s förslag", see
     * {@link TextAnalyzer#colonEnding}) is part of the word, and the dots of an abbreviation between them
     * ("Kommunalrådet är bl.a. en lögnare", see {@link TextAnalyzer#abbreviationAt}) are no break.
     */
    private static boolean hasPunctuation(String text, int wordStart, int from, int to) {
        int k = from;
        if (k < to && text.charAt(k) == ':') {
            int ending = TextAnalyzer.colonEnding(text, wordStart, k);
            k = ending > 0 ? ending : k;
        }
        for (; k < to; k++) {
            char c = text.charAt(k);
            switch (c) { // a jump table, not a search of a string of marks per character
                case ',', ';', ':', '(', ')', '[', ']', '–', '—', '/', '|', '.', '!', '?', '\n' -> {
                    return true;
                }
                default -> {
                    if (c > ' ') { // not a space: maybe an abbreviation the tokenizer read as no word
                        int abbreviation = TextAnalyzer.abbreviationAt(text, k);
                        k = abbreviation > 0 ? abbreviation - 1 : k;
                    }
                }
            }
        }
        return false;
    }

    private static boolean followedBy(String text, int at, char c) {
        int k = at;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && text.charAt(k) == c;
    }

    /**
     * The stretches of {@code text} that stand inside quotation marks, as {@code [start, end)} pairs in order: a
     * character is quoted when an odd number of double marks, or of single marks that are not apostrophes inside
     * a word, stand before it since the start of its sentence. Read from the text's quotation marks
     * ({@code quotes}, see {@link TextMarks}) only; {@link #isQuoted} answers for one character.
     */
    static int[] quotedRegions(String text, List<Sentence> sentences, TextMarks.Positions quotes) {
        if (quotes.isEmpty()) {
            return NOTHING_QUOTED; // most posts
        }
        int n = text.length();
        int[] out = new int[8];
        int count = 0;
        int next = 0;
        int nextStart = sentences.isEmpty() ? Integer.MAX_VALUE : sentences.get(0).getStart();
        int doubles = 0;
        int singles = 0;
        int open = -1; // where the quoted stretch now open starts
        for (int q = 0; q < quotes.size(); q++) {
            int k = quotes.get(q);
            while (nextStart <= k) { // a new sentence: nothing carries over
                if (open >= 0 && nextStart > open) {
                    out = addRegion(out, count, open, nextStart);
                    count += 2;
                }
                open = -1;
                doubles = 0;
                singles = 0;
                next++;
                nextStart = next < sentences.size() ? sentences.get(next).getStart() : Integer.MAX_VALUE;
            }
            char c = text.charAt(k);
            if (quoteKind(c) == 1) {
                doubles++;
            } else {
                boolean letterBefore = k > 0 && Character.isLetter(text.charAt(k - 1));
                boolean letterAfter = k + 1 < n && Character.isLetter(text.charAt(k + 1));
                singles += letterBefore && letterAfter ? 0 : 1;
            }
            boolean quoted = (doubles & 1) == 1 || (singles & 1) == 1;
            if (quoted && open < 0) {
                open = k + 1; // the opening mark itself is not quoted, the closing one is
            } else if (!quoted && open >= 0) {
                out = addRegion(out, count, open, k + 1);
                count += 2;
                open = -1;
            }
        }
        int end = Math.min(nextStart, n);
        if (open >= 0 && end > open) {
            out = addRegion(out, count, open, end);
            count += 2;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static final int[] NOTHING_QUOTED = new int[0];

    private static int[] addRegion(int[] regions, int count, int start, int end) {
        int[] out = count + 2 > regions.length ? java.util.Arrays.copyOf(regions, regions.length * 2) : regions;
        out[count] = start;
        out[count + 1] = end;
        return out;
    }

    /** Whether the character at {@code at} lies in one of {@code regions} (from {@link #quotedRegions}). */
    static boolean isQuoted(int[] regions, int at) {
        int lo = 0;
        int hi = regions.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (regions[2 * mid + 1] <= at) {
                lo = mid + 1;
            } else if (regions[2 * mid] > at) {
                hi = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** 1 for a double quotation mark ({@link #QUOTES}), 2 for a single one or an apostrophe, 0 otherwise. */
    private static int quoteKind(char c) {
        if (c < 0x80) {
            return c == '"' ? 1 : c == '\'' ? 2 : 0;
        }
        if (QUOTES.indexOf(c) >= 0) {
            return 1;
        }
        return c == '‘' || c == '’' ? 2 : 0;
    }
}
