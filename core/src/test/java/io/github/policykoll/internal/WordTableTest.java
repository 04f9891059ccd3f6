package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.Post;
import io.github.policykoll.RulePackException.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static final List<WordList> LISTS = List.of(
            WordList.parse("skallsord", "skallsord.txt", List.of("idiot", "fårskalle", "*pack", "-idiotsäker"),
                    new ArrayList<Problem>()),
            WordList.parse("rykten", "rykten.txt", List.of("det sägs att"), new ArrayList<Problem>()));
    private static final TermMatcher MATCHER = new TermMatcher(LISTS);

    /** A table over this test's word lists (for tests of what uses the words). */
    static WordTable table() {
        return new WordTable(MATCHER, Set.of());
    }
    /** Letters, look-alikes, invisibles, digits and letters outside the BMP (mathematical bold). */
    private static final String[] PIECES = {"a", "d", "i", "o", "t", "å", "ö", "I", "D", "É", "1", "0", "\u200B",
        "і", "\uD835\uDC22", "\uD835\uDC1D", "idiot", "Idiot", "IDIOT", "pack", "det", "sägs", "att", "oo", "tt"};

    private static String randomWord(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(5);
        for (int k = 0; k < n; k++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static String describe(WordTable.Word w) {
        StringBuilder sb = new StringBuilder(w.raw).append(Arrays.toString(w.forms)).append(w.evasion)
                .append(w.single).append(w.letters).append(w.cased)
                .append(w.upper).append(w.lower).append(w.listedAcronym).append(w.bits).append('/').append(w.info);
        for (TermMatcher.Candidates c : w.candidates) {
            sb.append(c == null ? "-" : c.entries().stream().map(WordList.Entry::raw).toList());
        }
        return sb.toString();
    }

    /** Each fact as its type and the values of its getters. */
    private static List<String> describe(List<Object> facts) {
        List<String> out = new ArrayList<>();
        for (Object f : facts) {
            StringBuilder sb = new StringBuilder(f.getClass().getSimpleName());
            Arrays.stream(f.getClass().getMethods())
                    .filter(m -> m.getParameterCount() == 0 && m.getDeclaringClass() == f.getClass()
                            && (m.getName().startsWith("get") || m.getName().startsWith("is")))
                    .sorted(java.util.Comparator.comparing(java.lang.reflect.Method::getName))
                    .forEach(m -> {
                        try {
                            sb.append(' ').append(m.getName()).append('=').append(m.invoke(f));
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError(e);
                        }
                    });
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void aWordFoundAgain_isTheOneWorkedOutTheFirstTime_andEqualsAFreshOne() {
        WordTable table = new WordTable(MATCHER, Set.of("eu"));
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            String word = randomWord(random);
            String text = "« " + word + " »";
            int s = 2;
            int e = 2 + word.length();
            WordTable.Word first = table.word(text, s, e, word.hashCode());
            WordTable.Word again = table.word("x" + text, s + 1, e + 1, word.hashCode());
            assertThat(again).isSameAs(first);
            WordTable.Word fresh = new WordTable(MATCHER, Set.of("eu")).word(word, 0, word.length(), word.hashCode());
            assertThat(describe(again)).isEqualTo(describe(fresh));
        }
    }

    @Test
    void theInfoATokenReads_saysWhatTheWordSays() {
        WordTable table = new WordTable(MATCHER, Set.of("eu"));
        Random random = new Random(11);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            words.add(randomWord(random));
        }
        words.addAll(List.of("EU", "NATO", "Idioten", "ÅÄÖ", "a".repeat(300), "Ä".repeat(300) + "b"));
        WordTable.Found found = new WordTable.Found();
        for (String word : words) {
            for (int round = 0; round < 2; round++) { // worked out, then found in the table
                table.find(word, 0, word.length(), word.hashCode(), found);
                WordTable.Word w = found.word();
                Tokens t = new Tokens(1);
                long[] packed = WordTable.packWord(word, 0, word.length());
                t.addUnread(0, word.length(), round == 1, word.hashCode(), packed[0], packed[1]);
                t.lookUp(table, word);
                if (round == 1 && word.length() <= 16 && word.chars().allMatch(c -> c <= 0xFF)) {
                    assertThat(found.byId).as("found again by its letters: kept as where it is").isNotNull();
                    assertThat(found.word).as("the probe read the slot's line alone, not the word").isNull();
                }
                assertThat(found.info).as(word).isEqualTo(w.info);
                assertThat(t.bits(0)).as(word).isEqualTo(w.bits);
                assertThat(new Object[] {t.letters(0), t.cased(0), t.upper(0), t.has(0, WordTable.LOWER),
                    t.has(0, WordTable.LISTED_ACRONYM), t.has(0, WordTable.SINGLE), t.evasion(0)}).as(word)
                        .containsExactly(w.letters, w.cased, w.upper, w.lower, w.listedAcronym, w.single, w.evasion);
                if (word.length() <= WordTable.MAX_KEPT) {
                    assertThat(t.word(0)).as("the kept word").isSameAs(w);
                } else { // worked out at each look-up, never kept
                    assertThat(t.word(0).raw).isEqualTo(word);
                    assertThat(t.word(0).forms).isEqualTo(w.forms);
                }
                boolean alone = Arrays.stream(w.candidates).anyMatch(c -> c != null && c.always.length > 0);
                assertThat(t.has(0, WordTable.STARTS_ALONE)).as(word).isEqualTo(alone);
                assertThat(t.isWord(0)).as(word).isTrue();
                assertThat(t.breakBefore(0)).as("the token's own flag beside the word's info").isEqualTo(round == 1);
                assertThat(t.emoji(0) || t.joined(0)).isFalse();
            }
        }
        // "det" starts only the phrase "det sägs att": the matcher looks at it only before a possible second word
        table.find("det", 0, 3, "det".hashCode(), found);
        assertThat(found.info & (WordTable.STARTS_ENTRY | WordTable.STARTS_ALONE)).isEqualTo(WordTable.STARTS_ENTRY);
        table.find("idiot", 0, 5, "idiot".hashCode(), found);
        assertThat(found.info & WordTable.STARTS_ALONE).isNotZero();
        Tokens others = new Tokens(1);
        others.addEmoji(0, 2, false, "🙄");
        others.addJoined(0, 9, "idiot");
        assertThat(others.isWord(0) || others.isWord(1)).isFalse();
        assertThat(others.emoji(0) && others.joined(1) && !others.allWords).isTrue();
        assertThat(others.forms(1)).containsExactly("idiot");
        assertThat(others.word(0)).isNull();
    }

    @Test
    void wordsOfTheSameLengthAndHash_areToldApart() {
        // "Aa" and "BB" have the same String.hashCode, so each pair below has equal hashes and lengths: pairs that
        // differ in the first eight letters, in the next eight, past sixteen, and in a letter outside Latin-1
        String[][] pairs = {{"Aa", "BB"}, {"xyzAaxyz", "xyzBBxyz"}, {"abcdefghAa", "abcdefghBB"},
            {"abcdefghijklmnAa", "abcdefghijklmnBB"}, {"abcdefghijklmnopqrAa", "abcdefghijklmnopqrBB"},
            {"ĀAa", "ĀBB"}, {"abcdefghĀAa", "abcdefghĀBB"}};
        for (String[] pair : pairs) {
            assertThat(pair[0].hashCode()).isEqualTo(pair[1].hashCode());
            WordTable table = new WordTable(MATCHER, Set.of());
            WordTable.Word first = table.word(pair[0], 0, pair[0].length(), pair[0].hashCode());
            WordTable.Word second = table.word(pair[1], 0, pair[1].length(), pair[1].hashCode());
            assertThat(first.raw).isEqualTo(pair[0]);
            assertThat(second.raw).isEqualTo(pair[1]);
            assertThat(table.word(pair[0], 0, pair[0].length(), pair[0].hashCode())).isSameAs(first);
            assertThat(table.word(pair[1], 0, pair[1].length(), pair[1].hashCode())).isSameAs(second);
        }
    }

    @Test
    void theTableIsBounded_andWordsPastTheBoundAreStillAnswered() {
        WordTable table = new WordTable(MATCHER, Set.of());
        for (int i = 0; i < WordTable.CAPACITY + 5_000; i++) {
            String word = "ord" + Integer.toString(i, 36);
            assertThat(table.word(word, 0, word.length(), word.hashCode()).raw).isEqualTo(word);
        }
        assertThat(table.size()).isEqualTo(WordTable.CAPACITY);
        String late = "idioten";
        WordTable.Word w = table.word(late, 0, late.length(), late.hashCode());
        assertThat(w.forms).containsExactly("idioten");
        assertThat(w.candidates[0].entries()).extracting(WordList.Entry::raw).containsExactly("idiot");
        assertThat(table.word(late, 0, late.length(), late.hashCode())).isNotSameAs(w); // not kept
        String longWord = "a".repeat(WordTable.MAX_KEPT + 1);
        assertThat(table.word(longWord, 0, longWord.length(), longWord.hashCode()).raw).isEqualTo(longWord);
    }

    @Test
    void theTableGrowsWhenHalfFull_andKeepsEveryWordItKeptBefore() {
        WordTable table = new WordTable(MATCHER, Set.of());
        assertThat(table.capacity()).isEqualTo(WordTable.FIRST_CAPACITY);
        int count = WordTable.FIRST_CAPACITY * 5;
        List<WordTable.Word> first = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // words of 1-16 Latin-1 letters (compared packed) and longer ones (compared by their characters)
            String word = "ord" + Integer.toString(i, 36) + (i % 3 == 0 ? "åäöxyzåäöxyzåäö" : "");
            first.add(table.word(word, 0, word.length(), word.hashCode()));
        }
        assertThat(table.capacity()).isEqualTo(WordTable.FIRST_CAPACITY * 8);
        assertThat(table.size()).isEqualTo(count);
        for (int i = 0; i < count; i++) {
            String word = first.get(i).raw;
            assertThat(table.word("(" + word + ")", 1, word.length() + 1, word.hashCode())).as(word)
                    .isSameAs(first.get(i));
        }
    }

    @Test
    void aWarmAnalyzerGivesWhatAColdOneGives_onTextsWithEveryKindOfWord() {
        TextAnalyzer warm = new TextAnalyzer(LISTS);
        Random random = new Random(11);
        String[] gaps = {" ", ", ", ". ", "\n", " i d i o t ", "!! ", " 🙄 ", " @", " #"};
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                sb.append(randomWord(random)).append(gaps[random.nextInt(gaps.length)]);
            }
            Post post = Post.of(sb.toString());
            List<String> expected = describe(new TextAnalyzer(LISTS).analyze(post));
            assertThat(describe(warm.analyze(post))).isEqualTo(expected);
            assertThat(describe(warm.analyze(post))).isEqualTo(expected);
        }
    }

    @Test
    void theTokenizerPacksAWordAsTheTableDoes() {
        // the tokenizer packs while it reads and asserts that it packed as the table packs (tests run with -ea)
        assertThat(TextAnalyzer.class.desiredAssertionStatus()).isTrue();
        TextAnalyzer analyzer = new TextAnalyzer(LISTS);
        Random random = new Random(13);
        for (int i = 0; i < 300; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 10; k++) {
                sb.append(randomWord(random)).append(' ');
            }
            analyzer.analyze(Post.of(sb + "åäöåäöåä åäöåäöåäö åäöåäöåäöåäöåäö åäöåäöåäöåäöåäöå åäöåäöåäöåäöåäöåä"));
        }
        assertThat(WordTable.isPacked("idiot", 0, 5, WordTable.pack("idiot", 0, 5), 0)).isTrue();
        assertThat(WordTable.isPacked("idiot", 0, 5, WordTable.pack("idiot", 0, 5) << 1, 0)).isFalse();
        assertThat(WordTable.isPacked("idioterna", 0, 9, WordTable.pack("idioterna", 0, 8), 'a')).isTrue();
        assertThat(WordTable.isPacked("idioterna", 0, 9, WordTable.pack("idioterna", 0, 8), 0)).isFalse();
        String seventeen = "a".repeat(17);
        assertThat(WordTable.isPacked(seventeen, 0, 17, 0, 0)).isTrue();
    }

    @Test
    void threadsFillingTheTableAtOnce_getWhatOneThreadGets() throws Exception {
        WordTable shared = new WordTable(MATCHER, Set.of());
        List<String> words = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            words.add(randomWord(random) + (i % 500));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> words.stream()
                        .map(w -> describe(shared.word(w, 0, w.length(), w.hashCode()))).toList()));
            }
            WordTable alone = new WordTable(MATCHER, Set.of());
            List<String> expected = words.stream().map(w -> describe(alone.word(w, 0, w.length(), w.hashCode())))
                    .toList();
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
            assertThat(shared.size()).isLessThanOrEqualTo(alone.size() + 4);
            assertThat(shared.capacity()).isGreaterThan(WordTable.FIRST_CAPACITY); // it grew while they filled it
            for (String w : words) { // what is kept is found again (a word kept while the table grew may not be)
                WordTable.Word once = shared.word(w, 0, w.length(), w.hashCode());
                assertThat(shared.word(w, 0, w.length(), w.hashCode())).as(w).isSameAs(once);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
