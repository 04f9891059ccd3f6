package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> describe(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.start(i) + "-" + t.end(i) + (t.joined(i) ? " joined " : t.emoji(i) ? " emoji " : " word ")
                    + t.forms(i)[0] + (t.breakBefore(i) ? " |" : ""));
        }
        return out;
    }

    private static final WordTable TABLE = WordTableTest.table();

    /** Adds {@code text[s, e)} as the tokenizer does: a word to look up, with its hash and packed letters. */
    private static void addWord(Tokens t, String text, int s, int e, boolean breakBefore) {
        long[] packed = WordTable.packWord(text, s, e);
        t.addUnread(s, e, breakBefore, text.substring(s, e).hashCode(), packed[0], packed[1]);
    }

    @Test
    void aSpelledOutWordAddedAfterTheNextWord_goesAfterItsFirstLetter() {
        // "i d i o t du": the run of letters ends at "du", so the tokenizer adds the joined word after "du"
        String text = "i d i o t du";
        Tokens t = new Tokens(2); // and it grows
        for (int k = 0; k < 5; k++) {
            addWord(t, text, 2 * k, 2 * k + 1, false);
        }
        addWord(t, text, 10, 12, false);
        t.lookUp(TABLE, text);
        assertThat(t.allWords).isTrue();
        t.addJoined(0, 9, "idiot");
        assertThat(t.allWords).isFalse();
        assertThat(describe(t)).containsExactly("0-1 word i", "0-9 joined idiot", "2-3 word d", "4-5 word i",
                "6-7 word o", "8-9 word t", "10-12 word du");
        // the moved tokens keep what they are
        assertThat(t.word(6).raw).isEqualTo("du");
        assertThat(t.word(1)).isNull();
        assertThat(t.isWord(1)).isFalse();
    }

    @Test
    void aSpelledOutWordAtTheEnd_staysLast() {
        String text = "hej 🙄";
        Tokens t = new Tokens(8);
        addWord(t, text, 0, 3, false);
        t.addEmoji(4, 6, true, "🙄");
        t.lookUp(TABLE, text);
        t.addJoined(4, 6, "x");
        assertThat(describe(t)).containsExactly("0-3 word hej", "4-6 emoji 🙄 |", "4-6 joined x");
    }

    @Test
    void aSpelledOutWordBeforeTheLookUp_isRefused() {
        Tokens t = new Tokens(4);
        addWord(t, "i d i", 0, 1, false);
        assertThatThrownBy(() -> t.addJoined(0, 5, "idi")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("looked up");
        t.lookUp(TABLE, "i d i");
        t.addJoined(0, 5, "idi");
        t.lookUp(TABLE, "i d i"); // nothing waits: the word keeps its place
        assertThat(describe(t)).containsExactly("0-1 word i", "0-5 joined idi");
    }

    @Test
    void clearedTokens_areEmptyAndKeepTheirRoom() {
        String text = "a".repeat(10) + "🙂";
        Tokens t = new Tokens(4);
        for (int k = 0; k < 10; k++) {
            addWord(t, text, k, k + 1, k == 3);
        }
        t.addEmoji(10, 12, false, "🙂");
        t.lookUp(TABLE, text);
        assertThat(t.breakBefore(3)).isTrue();
        assertThat(t.breakBefore(4)).isFalse();
        int room = t.capacity();
        assertThat(room).isGreaterThanOrEqualTo(11);
        t.clear();
        assertThat(t.size()).isZero();
        assertThat(t.allWords).isTrue();
        assertThat(t.capacity()).isEqualTo(room);
        addWord(t, "du", 0, 2, false);
        t.lookUp(TABLE, "du");
        assertThat(describe(t)).containsExactly("0-2 word du");
    }

    @Test
    void lookedUpWords_getTheirWordFlagsAndEntryStartsInOrder() {
        String text = "Du är inte en idiot, not";
        Tokens t = new Tokens(2);
        int at = 0;
        for (String w : text.split("[ ,]+")) {
            int s = text.indexOf(w, at);
            addWord(t, text, s, s + w.length(), false);
            at = s + w.length();
        }
        t.addEmoji(at, at, false, "🙂"); // not looked up
        assertThat(t.has(0, WordTable.LOWER) || t.has(1, WordTable.LOWER)).as("no flags before the look-up")
                .isFalse();
        t.lookUp(TABLE, text);
        List<Integer> starts = new ArrayList<>();
        for (int k = 0; k < t.entryStarts(); k++) {
            starts.add(t.entryStart(k));
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i)) {
                WordTable.Word w = TABLE.word(text, t.start(i), t.end(i), text.substring(t.start(i), t.end(i))
                        .hashCode());
                assertThat(t.word(i)).as(w.raw).isSameAs(w);
                assertThat(t.bits(i)).as(w.raw).isEqualTo(w.bits);
                if ((w.bits & WordTable.STARTS_ENTRY) != 0) {
                    expected.add(i);
                }
            }
        }
        assertThat(expected).as("the pack's lists have entries that start with these words").isNotEmpty();
        assertThat(starts).isEqualTo(expected);
        assertThat(t.anyNot()).isTrue();
        t.lookUp(TABLE, text); // nothing new: nothing changes
        assertThat(t.entryStarts()).isEqualTo(expected.size());
        assertThat(t.emoji(t.size() - 1)).isTrue();
    }

    @Test
    void wordsLookedUpBeforeTheTableGrew_keepTheirWords() {
        WordTable table = WordTableTest.table();
        StringBuilder sb = new StringBuilder("idiot du");
        for (int k = 0; k < WordTable.FIRST_CAPACITY * 2; k++) {
            sb.append(' ').append("ord").append(k);
        }
        String text = sb.toString();
        Tokens t = new Tokens(4);
        addWord(t, text, 0, 5, false);
        addWord(t, text, 6, 8, false);
        t.lookUp(table, text);
        t.lookUp(table, text); // nothing new: kept where they are
        int capacity = table.capacity();
        for (int at = 9; at < text.length(); ) {
            int end = text.indexOf(' ', at);
            end = end < 0 ? text.length() : end;
            addWord(t, text, at, end, false);
            at = end + 1;
        }
        t.lookUp(table, text);
        assertThat(table.capacity()).as("the table grew while the words were looked up").isGreaterThan(capacity);
        for (int round = 1; round <= 2; round++) {
            for (int i = 0; i < t.size(); i++) {
                assertThat(t.word(i).raw).isEqualTo(text.substring(t.start(i), t.end(i)));
            }
            assertThat(t.entryStarts()).isEqualTo(round);
            assertThat(t.entryStart(0)).isZero();
            addWord(t, text, 0, 5, false); // looked up once more, in the grown table
            t.lookUp(table, text);
        }
        assertThat(t.entryStart(1)).isEqualTo(t.size() - 2);
    }
}
