package io.github.policykoll.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.fsa.FSA;
import morfologik.fsa.FSATraversal;
import morfologik.fsa.MatchResult;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Swedish morphology from LanguageTool's Swedish data ({@code org.languagetool:language-sv}, LGPL): the
 * morfologik tagger dictionary (form to lemma and part of speech), the synthesiser (lemma and tag to form)
 * and the Hunspell word list of Den stora svenska ordlistan (which words exist, for compounds).
 *
 * <p>Used mostly when a rule pack is loaded: every word-list entry is expanded to all its inflected forms,
 * so matching a post is one hash look-up per word. At evaluation time only words that may be compounds of a
 * list word are checked against the word list. One instance per JVM, thread-safe; the Hunspell word list
 * (150,000 stems, 0.1 to 0.3 s) is read when the first possible compound is seen, so that a command line
 * checking one ordinary post does not pay for it.
 */
final class SwedishLexicon {
    private static final String BASE = "org/languagetool/resource/sv/";
    private static final int MIN_STEM = 2;
    private static volatile SwedishLexicon instance;

    private final Dictionary tagger;
    private final Dictionary synth;
    /** The Hunspell stems; those marked offensive (flag {@code !}, "never suggest") are kept apart too. */
    private record Stems(PackedStringSet all, Set<String> offensive) {
    }

    /** Read on first use (the first word that may be a compound of a list word), by the class-holder idiom. */
    private static final class StemsHolder {
        static final Stems STEMS = readStems();
    }
    private final ConcurrentHashMap<String, Set<String>> formsCache = new ConcurrentHashMap<>();
    private final ThreadLocal<DictionaryLookup[]> lookups;

    private SwedishLexicon() {
        this.tagger = read("swedish.dict");
        this.synth = read("swedish_synth.dict");
        this.lookups = ThreadLocal.withInitial(
                () -> new DictionaryLookup[] {new DictionaryLookup(tagger), new DictionaryLookup(synth)});
    }

    /** The lexicon, loaded on first use. */
    static SwedishLexicon get() {
        SwedishLexicon l = instance;
        if (l == null) {
            synchronized (SwedishLexicon.class) {
                l = instance;
                if (l == null) {
                    l = new SwedishLexicon();
                    instance = l;
                }
            }
        }
        return l;
    }

    /**
     * The dictionaries are in another jar (language-sv): found through the class loader, since a class in a
     * named module finds only its own module's resources.
     */
    private static ClassLoader loader() {
        ClassLoader loader = SwedishLexicon.class.getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    private static Dictionary read(String name) {
        URL url = loader().getResource(BASE + name);
        if (url == null) {
            throw new IllegalStateException("Swedish dictionary " + name + " not on the classpath "
                    + "(org.languagetool:language-sv is missing)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Swedish dictionary " + name, e);
        }
    }

    private static Stems stems() {
        return StemsHolder.STEMS;
    }

    private static Stems readStems() {
        PackedStringSet.Builder out = new PackedStringSet.Builder();
        Set<String> offensive = new HashSet<>();
        try (InputStream in = loader().getResourceAsStream(BASE + "hunspell/sv_SE.dic")) {
            if (in == null) {
                return new Stems(out.build(), offensive);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // the number of entries
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int slash = line.indexOf('/');
                String stem = (slash < 0 ? line : line.substring(0, slash)).toLowerCase(Locale.ROOT);
                out.add(stem);
                if (slash >= 0 && line.indexOf('!', slash) > 0) {
                    offensive.add(stem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Swedish word list", e);
        }
        return new Stems(out.build(), offensive);
    }

    /**
     * True when one of {@code tags} ({@link #tags}' answer for a word) starts with {@code tagPrefix} (e.g. "NN",
     * "VB:PRS").
     */
    static boolean hasTag(List<String> tags, String tagPrefix) {
        for (String t : tags) {
            if (t.startsWith(tagPrefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tagger's tags for {@code form} ("VB:PRS", "NN:OF:PLU:NOM:UTR" …), empty when it does not know the form:
     * one look-up for a caller that asks several parts of speech of one word.
     */
    List<String> tags(String form) {
        List<String> out = new ArrayList<>(4);
        for (WordData d : lookups.get()[0].lookup(form)) {
            CharSequence tag = d.getTag();
            if (tag != null) {
                out.add(tag.toString());
            }
        }
        return out;
    }

    /**
     * True when {@code word} (lower case) is a word of its own in the Hunspell word list or the tagger: a
     * lexicalised word such as {@code marsvin} or {@code idiotsäker}, not an ad hoc compound.
     */
    boolean isWord(String word) {
        return inWordList(word) || !lookups.get()[0].lookup(word).isEmpty();
    }

    /** True when the Hunspell word list has {@code word} (lower case), which has names too: "anna", "persson". */
    boolean inWordList(String word) {
        return stems().all().contains(word);
    }

    /**
     * True when {@code word} is a word of its own that the word list does not mark as offensive: a compound
     * such as {@code marsvin} is not an insult, {@code förortsblatte} (marked) still is.
     */
    boolean isPlainWord(String word) {
        return isWord(word) && !stems().offensive().contains(word);
    }

    /**
     * True when {@code head} can be the first part of a compound: a word, or a word with its linking
     * {@code s} ({@code fullblods}) or with its final vowel dropped ({@code skol} from {@code skola}).
     */
    boolean isCompoundHead(String head) {
        if (head.length() < MIN_STEM + 1) {
            return false;
        }
        PackedStringSet s = stems().all();
        return s.contains(head) || s.contains(head + "a") || s.contains(head + "e") || s.contains(head + "o")
                || (head.endsWith("s") && s.contains(head.substring(0, head.length() - 1)))
                || (head.endsWith("e") && s.contains(head.substring(0, head.length() - 1)));
    }

    /**
     * Every inflected form of {@code word} (lower case, the word itself first): from the synthesiser when
     * the tagger knows the word (as a lemma or as a form of one), from the word's last part when it is a
     * compound of a known word ({@code högerpamp}: {@code pampen}, {@code pampar}, ...), otherwise from
     * the regular Swedish endings.
     */
    Set<String> forms(String word) {
        Set<String> cached = formsCache.get(word);
        if (cached == null) {
            // not computeIfAbsent: a compound's forms are computed from its last part's, recursively
            cached = computeForms(word);
            formsCache.putIfAbsent(word, cached);
        }
        return cached;
    }

    /**
     * The forms of {@code word} taken as a base form only ({@code asen}: asen, asens, not the forms of
     * "as"): for exceptions, which must never swallow the word they look like.
     */
    Set<String> formsAsLemma(String word) {
        for (WordData d : lookups.get()[0].lookup(word)) {
            if (d.getStem().toString().equalsIgnoreCase(word)) {
                return synthesize(word);
            }
        }
        return regularForms(word);
    }

    private Set<String> computeForms(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        Set<String> lemmas = new LinkedHashSet<>();
        for (WordData d : lookups.get()[0].lookup(word)) {
            lemmas.add(d.getStem().toString().toLowerCase(Locale.ROOT));
        }
        if (lemmas.isEmpty()) {
            // a compound the dictionary does not list: inflect its longest known last part
            for (int k = 2; k + 4 <= word.length(); k++) {
                String tail = word.substring(k);
                List<String> tailTags = tags(tail);
                if (hasTag(tailTags, "NN") || hasTag(tailTags, "JJ")) {
                    String head = word.substring(0, k);
                    for (String f : forms(tail)) {
                        out.add(head + f);
                    }
                    break;
                }
            }
            out.addAll(regularForms(word));
            return Set.copyOf(out);
        }
        for (String lemma : lemmas) {
            out.addAll(synthesize(lemma));
        }
        return Set.copyOf(out);
    }

    /** Every form the synthesiser has for {@code lemma}, found by walking the FSA under "lemma|". */
    private Set<String> synthesize(String lemma) {
        Set<String> out = new LinkedHashSet<>();
        out.add(lemma);
        FSA fsa = synth.fsa;
        byte[] prefix = (lemma + "|").getBytes(StandardCharsets.UTF_8);
        MatchResult m = new FSATraversal(fsa).match(prefix);
        if (m.kind != MatchResult.SEQUENCE_IS_A_PREFIX) {
            return out;
        }
        Set<String> tags = new LinkedHashSet<>();
        for (ByteBuffer bb : fsa.getSequences(m.node)) {
            String rest = StandardCharsets.UTF_8.decode(bb).toString();
            int sep = rest.indexOf('+');
            if (sep > 0) {
                tags.add(rest.substring(0, sep));
            }
        }
        DictionaryLookup synthLookup = lookups.get()[1];
        for (String tag : tags) {
            for (WordData d : synthLookup.lookup(lemma + "|" + tag)) {
                out.add(d.getStem().toString().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Forms by the regular Swedish endings, for words the dictionary does not know (slang, new words). */
    static Set<String> regularForms(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        char last = w.charAt(w.length() - 1);
        boolean vowel = "aeiouyåäö".indexOf(last) >= 0;
        // noun endings only: a bare -n, -t or -a on a consonant would make other words (fan: fann, fant, fana)
        String[] endings = vowel ? new String[] {"n", "ns", "r", "rna", "rnas", "rs", "s", "t"}
                : new String[] {"en", "ens", "et", "ets", "er", "erna", "ernas", "ers", "ar", "arna", "arnas", "ars",
                    "s"};
        for (String e : endings) {
            out.add(w + e);
        }
        if (w.length() > 3 && (last == 'e' || last == 'a')) {
            String stem = w.substring(0, w.length() - 1);
            for (String e : new String[] {"ar", "arna", "ars", "arnas", "or", "orna", "er", "erna", "en", "ens"}) {
                out.add(stem + e);
            }
        }
        if (w.length() > 4 && last == 'a') {
            for (String e : new String[] {"r", "de", "des", "t", "ts", "s", "nde", "d"}) {
                out.add(w + e); // verbs: kannibalisera, kannibaliserar, kannibaliserade
            }
        }
        return out;
    }
}
