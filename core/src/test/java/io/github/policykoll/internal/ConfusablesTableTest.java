package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The look-alike table is not kept by hand: it is derived from Unicode's confusables (UTS #39, through ICU4J's
 * {@link SpoofChecker} skeletons) and this test fails when the committed file differs from what ICU derives.
 * To write it again (after an ICU upgrade): {@code mvn -pl core test -Dtest=ConfusablesTableTest
 * -Dconfusables.write=true}.
 */
class ConfusablesTableTest {
    /** Where the tables are kept, beside TextNormalizer. */
    static final Path DIR = Path.of("src/main/resources/io/github/policykoll/internal");

    /**
     * Every letter outside ASCII that Unicode says looks like one Latin letter, keyed by its lower case (the
     * analyser lower-cases before it folds): its own look first, else the look of its capital (Cyrillic В looks
     * like B, so в, which a lower-cased "ВАКМ" becomes, folds to b). Letters that NFKC already turns into
     * something else are left to NFKC.
     */
    static String derive() {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        Map<String, Character> latin = new HashMap<>();
        for (char c = 'a'; c <= 'z'; c++) {
            latin.putIfAbsent(spoof.getSkeleton(String.valueOf(c)), c);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            latin.putIfAbsent(spoof.getSkeleton(String.valueOf(Character.toUpperCase(c))), c);
        }
        TreeMap<Integer, Character> own = new TreeMap<>();
        TreeMap<Integer, String> why = new TreeMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
                if (!UCharacter.isLetter(cp)) {
                    continue;
                }
                String s = new String(Character.toChars(cp));
                if (!Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s)) {
                    continue;
                }
                int lower = UCharacter.toLowerCase(cp);
                boolean capital = lower != cp;
                if (capital != (pass == 1) || lower < 0x80) {
                    continue;
                }
                Character target = latin.get(spoof.getSkeleton(s));
                if (target != null && !own.containsKey(lower)) {
                    own.put(lower, target);
                    why.put(lower, UCharacter.getName(cp) + (capital ? " (its capital)" : ""));
                }
            }
        }
        // a look-alike with a mark on it (Cyrillic ё, ї) passes for the same Latin letter: the analyser drops marks
        // in one of its forms, but only after folding. Latin letters with marks (å, ä, ö, é) are left alone.
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!UCharacter.isLetter(cp) || UCharacter.toLowerCase(cp) != cp || own.containsKey(cp)) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            if (nfd.equals(s) || !Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s)) {
                continue;
            }
            int base = nfd.codePointAt(0);
            if (base >= 0x80 && own.containsKey(base)) {
                own.put(cp, own.get(base));
                why.put(cp, UCharacter.getName(cp) + " (its letter without the mark)");
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(header("Look-alike letters folded to Latin before word lists are matched: code point (hex), the Latin",
                "letter, and the letter whose look it is. Derived from Unicode's confusables (UTS #39) by"));
        own.forEach((cp, t) -> out.append(String.format(Locale.ROOT, "%04X %c # %s%n", cp, t, why.get(cp))));
        return out.toString();
    }

    /** The comment lines a table starts with: what it is, then where it comes from. */
    static String header(String what, String derivedFrom) {
        return "# " + what + "\n# " + derivedFrom + "\n# ConfusablesTableTest with ICU4J " + VersionInfo.ICU_VERSION
                + " (Unicode " + UCharacter.getUnicodeVersion() + "); do not edit by hand.\n"
                + "# Unicode data: Copyright (c) Unicode, Inc., Unicode License v3, https://www.unicode.org/license.txt\n";
    }

    /** Writes the table again with {@code -Dconfusables.write=true}, then checks the committed one is {@code derived}. */
    static void assertCommitted(String table, String derived) throws IOException {
        if (Boolean.getBoolean("confusables.write")) {
            Files.writeString(DIR.resolve(table), derived, StandardCharsets.UTF_8);
        }
        String committed;
        try (InputStream in = TextNormalizer.class.getResourceAsStream(table)) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(committed).as(table).isEqualTo(derived);
    }

    @Test
    void theCommittedTableIsWhatUnicodeSays() throws IOException {
        String derived = derive();
        assertCommitted(TextNormalizer.TABLE, derived);
        assertThat(derived.lines().filter(l -> !l.startsWith("#")).count()).isGreaterThan(250);
    }

    /** Unicode's Default_Ignorable_Code_Point as ranges: the characters that are invisible wherever they stand. */
    static String deriveIgnorable() {
        StringBuilder out = new StringBuilder();
        out.append(header("Invisible characters removed from words before matching: Unicode's Default_Ignorable_Code_Point,",
                "first and last code point (hex) of each range. Derived by"));
        int start = -1;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT + 1; cp++) {
            boolean in = cp <= Character.MAX_CODE_POINT
                    && UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT);
            if (in && start < 0) {
                start = cp;
            } else if (!in && start >= 0) {
                out.append(String.format(Locale.ROOT, "%04X %04X%n", start, cp - 1));
                start = -1;
            }
        }
        return out.toString();
    }

    @Test
    void theInvisibleCharactersAreUnicodesDefaultIgnorables() throws IOException {
        assertCommitted(TextNormalizer.IGNORABLE_TABLE, deriveIgnorable());
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            assertThat(TextNormalizer.isInvisible(cp)).as("U+%04X", cp)
                    .isEqualTo(UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT));
        }
    }

    @Test
    void lookAlikesFromManyScriptsFold() {
        assertThat(TextNormalizer.fold("іdіоt")).isEqualTo("idiot");       // Cyrillic
        assertThat(TextNormalizer.fold("ΙDΙΟΤ")).isEqualTo("idiot");       // Greek capitals
        assertThat(TextNormalizer.fold("ᎥdᎥⲟt")).isEqualTo("idiot");      // Cherokee, Coptic
        assertThat(TextNormalizer.fold("ꓮꓝꓝꓰꓠ")).isEqualTo("affen");      // Lisu
        assertThat(TextNormalizer.fold("ВАКМ")).isEqualTo("bakm");         // capitals that look Latin
        assertThat(TextNormalizer.fold("idiёt")).isEqualTo("idiet");       // a look-alike with a mark
        // Swedish letters stay what they are
        assertThat(TextNormalizer.fold("åäö")).isEqualTo("åäö");
        assertThat(TextNormalizer.fold("Öppenhet")).isEqualTo("öppenhet");
    }
}
