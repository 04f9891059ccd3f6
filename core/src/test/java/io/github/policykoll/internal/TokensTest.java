package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** The word as the tokenizer gets it: found again in the table, so by where it is kept there. */
    private static WordTable.Found found(String w) {
        WordTable.Found f = new WordTable.Found();
        TABLE.find(w, 0, w.length(), w.hashCode(), f);
        TABLE.find(w, 0, w.length(), w.hashCode(), f);
        assertThat(f.byId).as(w).isNotNull();
        return f;
    }

    @Test
    void aSpelledOutWordAddedAfterTheNextWord_goesAfterItsFirstLetter() {
        // "i d i o t du": the run of letters ends at "du", so the tokenizer adds the joined word after "du"
        Tokens t = new Tokens(2); // and it grows
        String[] letters = {"i", "d", "i", "o", "t"};
        for (int k = 0; k < letters.length; k++) {
            t.addWord(2 * k, 2 * k + 1, false, found(letters[k]));
        }
        t.addWord(10, 12, false, found("du"));
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
        Tokens t = new Tokens(8);
        t.addWord(0, 3, false, found("hej"));
        t.addEmoji(4, 6, true, "🙄");
        t.addJoined(4, 6, "x");
        assertThat(describe(t)).containsExactly("0-3 word hej", "4-6 emoji 🙄 |", "4-6 joined x");
    }

    @Test
    void clearedTokens_areEmptyAndKeepTheirRoom() {
        Tokens t = new Tokens(4);
        for (int k = 0; k < 10; k++) {
            t.addWord(k, k + 1, k == 3, found("a"));
        }
        t.addEmoji(10, 12, false, "🙂");
        int room = t.capacity();
        assertThat(room).isGreaterThanOrEqualTo(11);
        t.clear();
        assertThat(t.size()).isZero();
        assertThat(t.allWords).isTrue();
        assertThat(t.capacity()).isEqualTo(room);
        t.addWord(0, 2, false, found("du"));
        assertThat(describe(t)).containsExactly("0-2 word du");
    }
}
