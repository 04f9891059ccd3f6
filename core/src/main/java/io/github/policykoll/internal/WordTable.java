package io.github.policykoll.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the analysis needs to know about a word as written, worked out once per engine and found again
 * with one hash probe over the characters of the text: its folded forms (case, stretched letters, look-alikes,
 * leetspeak), the word-list entries each form can start, its construction flags and its letter counts.
 *
 * <p>Real text repeats its words, so after a short while most words of a post cost one probe: no substring, no
 * lower-casing, no hash of a new string, no dictionary or trie walk, no second look at its letters for the tone
 * statistics. Only a word's own characters decide what is stored, so a cached word gives exactly what working
 * it out again would. The table is bounded ({@value #CAPACITY} words in 131,072 slots, open addressing, never
 * emptied): past the bound new words are worked out each time and not kept, so a flood of made-up words cannot
 * grow it. It starts small ({@value #FIRST_CAPACITY} words) and doubles its slots when three quarters are taken,
 * so that the words of a post lie in as little memory as their number needs: sized for the bound from the start,
 * the table spread the 5,694 words of a 100,000-character post over 4 MB, one page each; doubling at half load,
 * over 512 kB, as much as this machine's second-level cache; at three quarters, 256 kB (5 % less time for that
 * post, see docs/PERFORMANCE.md; a probe then reads fewer than three slots on average, two to a cache line).
 * Lock-free: a word is inserted with one compare-and-set, and two threads that work out the same word at once both
 * get a correct answer; the thread that fills a table copies its words into one twice as large and publishes it,
 * and a word another thread keeps in the old table meanwhile is only not kept (worked out again when next seen).
 */
final class WordTable {
    /** The most words kept. */
    static final int CAPACITY = 65_536;
    /** The slots of the first table. */
    private static final int FIRST_SLOTS = 2_048;
    /** The words the first table keeps before it grows. */
    static final int FIRST_CAPACITY = FIRST_SLOTS / 4 * 3;
    /** Longs per slot in {@link #lines}. */
    private static final int LINE = 4;
    /** A word longer than this is worked out each time and never kept (no real word is this long). */
    static final int MAX_KEPT = 48;

    /** {@link Word#bits}: capitalised and not all capitals (a name, if inside a sentence). */
    static final int CAPITALISED = 1 << 20;
    /** {@link Word#bits}: the word may name a street. */
    static final int STREET = 1 << 21;
    /** {@link Word#bits}: some form of the word starts a word-list entry. */
    static final int STARTS_ENTRY = 1 << 22;
    /** {@link Word#bits}: the bits that are {@link Constructions}' flags. */
    static final int CONSTRUCTION_FLAGS = (1 << 20) - 1;
    /** The bits of {@link Word#bits}, the lowest of {@link Word#info}. */
    static final int BITS = (1 << 23) - 1;
    /** {@link Word#info}: the folded form differs from the plain lower-case word ({@link Word#evasion}). */
    static final long EVASION = 1L << 23;
    /** {@link Word#info}: {@link Word#single}. */
    static final long SINGLE = 1L << 24;
    /** {@link Word#info}: {@link Word#lower}. */
    static final long LOWER = 1L << 25;
    /** {@link Word#info}: {@link Word#listedAcronym}. */
    static final long LISTED_ACRONYM = 1L << 26;
    /** {@link Word#info}: a count of more than 255, so the counts are not in the info: read the word's. */
    static final long LONG_WORD = 1L << 27;
    /** {@link Word#info}: a form of the word is a form of some phrase's second word. */
    static final long SECOND_WORD = 1L << 29;
    /**
     * {@link Word#info}: a form of the word starts an entry that is tried whatever word follows (a one-word entry,
     * or a phrase whose second word is a pattern). A word that starts an entry without it starts only phrases
     * with a known second word, which the matcher need not look at unless the next word can be one.
     */
    static final long STARTS_ALONE = 1L << 57;
    /**
     * {@link Word#info}: the folded word is "not", which shouted or alone at a sentence's end marks irony
     * ({@link TextAnalyzer}): a text without one needs no look for it.
     */
    static final long NOT_WORD = 1L << 58;
    /** Set in every info, in both halves: a slot whose info lacks either is not yet written (or torn). */
    static final long WRITTEN = 1L << 28 | 1L << 63;

    /**
     * A word as written ({@link #raw}) and what follows from its characters alone.
     */
    static final class Word {
        final String raw;
        /** {@code forms[0]} is the folded word; further forms undo evasions (see {@link Tokens}). */
        final String[] forms;
        /** The folded form differs from the plain lower-case word. */
        final boolean evasion;
        /** One character, or folds to one (a letter of a spelled-out word). */
        final boolean single;
        /** Per form, the word-list entries it can start; null for a form too long to match. */
        final TermMatcher.Candidates[] candidates;
        final int letters;
        final int cased;
        final int upper;
        final boolean lower;
        /** Listed among the pack's acronyms. */
        final boolean listedAcronym;
        /**
         * What the passes after tokenizing ask of every word, copied into its token ({@link Tokens}) so that they
         * need not read the word again: {@link Constructions}' flags of the folded form ({@link #CONSTRUCTION_FLAGS}),
         * {@link #CAPITALISED}, {@link #STREET} (see {@link TextAnalyzer#isStreetName}), {@link #STARTS_ENTRY}.
         */
        final int bits;
        /**
         * {@link #bits}, {@link #EVASION}, {@link #SINGLE}, {@link #LOWER}, {@link #LISTED_ACRONYM},
         * {@link #SECOND_WORD}, {@link #STARTS_ALONE}, {@link #NOT_WORD} and the letter counts
         * ({@link #letters(long)}, {@link #cased(long)}, {@link #upper(long)}) in one long, which the table keeps
         * beside the word's hash: a token gets all it needs from the probe without reading the word.
         */
        final long info;
        /**
         * The forms of this word that some phrase has as its second word, one bit each of 64 ({@link
         * TermMatcher#signature}).
         */
        final long secondSignature;
        /**
         * The second words of the phrases this word's forms start ({@link TermMatcher.Candidates#bySecond},
         * {@link TermMatcher.Candidates#bySecondThird}), one bit each of 64: a phrase can start with this word and
         * the next only if the next word's {@link #secondSignature} shares a bit with it, which the matcher asks of
         * the two words before it reads their forms and entries.
         */
        final long followSignature;

        private Word(String raw, String[] forms, boolean evasion, TermMatcher matcher, Set<String> acronyms) {
            this.raw = raw;
            this.forms = forms;
            this.evasion = evasion;
            this.single = raw.codePointCount(0, raw.length()) == 1
                    || forms[0].codePointCount(0, forms[0].length()) == 1;
            this.candidates = new TermMatcher.Candidates[forms.length];
            for (int f = 0; f < forms.length; f++) {
                candidates[f] = forms[f].length() > TermMatcher.MAX_WORD ? null : matcher.candidatesOf(forms[f]);
            }
            int wordLetters = 0;
            int cased = 0;
            int upper = 0;
            boolean lower = false;
            for (int k = 0; k < raw.length(); k++) {
                char c = raw.charAt(k);
                if (c < 0x80) { // most letters: ASCII, decided without Unicode's tables
                    boolean up = c >= 'A' && c <= 'Z';
                    boolean low = c >= 'a' && c <= 'z';
                    if (up || low) {
                        wordLetters++;
                        cased++;
                        upper += up ? 1 : 0;
                        lower |= low;
                    }
                } else if (Character.isLetter(c)) {
                    wordLetters++;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                    lower |= Character.isLowerCase(c);
                    // Arabic, Hebrew, Chinese ... have no capitals: such letters are never shouting
                    cased += Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c) ? 1 : 0;
                }
            }
            this.letters = wordLetters;
            this.cased = cased;
            this.upper = upper;
            this.lower = lower;
            this.listedAcronym = acronyms.contains(forms[0]);
            int flags = Constructions.flagsOf(forms[0]);
            if ((flags & ~CONSTRUCTION_FLAGS) != 0) {
                throw new IllegalStateException("construction flags do not fit in Word.bits: " + flags);
            }
            boolean startsEntry = false;
            boolean startsAlone = false;
            for (TermMatcher.Candidates c : candidates) {
                startsEntry |= c != null && !c.isEmpty();
                startsAlone |= c != null && c.always.length > 0;
            }
            this.bits = flags | (capitalised(raw) ? CAPITALISED : 0)
                    | (TextAnalyzer.isStreetName(raw, forms[0]) ? STREET : 0) | (startsEntry ? STARTS_ENTRY : 0);
            long secondSig = 0; // not 0 when some form is a phrase's second word: a form's signature has one bit
            for (String f : forms) {
                if (matcher.isSecondForm(f)) {
                    secondSig |= TermMatcher.signature(f);
                }
            }
            this.secondSignature = secondSig;
            long follow = 0;
            for (TermMatcher.Candidates c : candidates) {
                follow |= c == null ? 0 : c.followSignature();
            }
            this.followSignature = follow;
            long i = (bits & 0xFFFF_FFFFL) | WRITTEN | (evasion ? EVASION : 0) | (single ? SINGLE : 0)
                    | (lower ? LOWER : 0) | (listedAcronym ? LISTED_ACRONYM : 0) | (secondSig != 0 ? SECOND_WORD : 0)
                    | (startsAlone ? STARTS_ALONE : 0) | (forms[0].equals("not") ? NOT_WORD : 0);
            this.info = wordLetters > 255 ? i | LONG_WORD : i | (long) wordLetters << 32 | (long) cased << 40
                    | (long) upper << 48;
        }

        private static boolean capitalised(String raw) {
            if (raw.length() < 2 || !Character.isUpperCase(raw.charAt(0))) {
                return false;
            }
            for (int k = 1; k < raw.length(); k++) {
                if (Character.isLowerCase(raw.charAt(k))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Word[].class);

    private final TermMatcher matcher;
    private final Set<String> acronyms;
    /** The table in use; replaced by one twice as large when three quarters full ({@link #grow}). */
    private volatile Table table = new Table(FIRST_SLOTS);
    /** Set while one thread copies the table into a larger one ({@link #grow}). */
    private final AtomicBoolean growing = new AtomicBoolean();

    /** One size of the table: {@code capacity} words in a power of two of slots. */
    private static final class Table {
        /** The words kept at most: three quarters of the slots, and never more than {@link #CAPACITY}. */
        final int capacity;
        final int mask;
        /**
         * The words, read without a fence: every field of a {@link Word} is final, so a thread that sees one sees
         * it whole. Inserted with a compare-and-set ({@link #SLOT}).
         */
        final Word[] slots;
        /**
         * Per slot, in one cache line with its neighbour: the word's length and hash ({@link #key}) with its id in
         * {@link #byId} above them, its first eight characters packed ({@link #pack}), its {@link Word#info} and its
         * next eight characters packed (a word of at most 16 Latin-1 letters; 0 and 0 for another), written after
         * the word and, after a release fence, the key last. A probe reads this line alone (after an acquire fence
         * behind the key), never the word, its reference, its string or its characters. A key of 0 is a slot not yet
         * written (or not yet seen by this thread): such a slot is compared by the word itself.
         */
        final long[] lines;
        /**
         * The words by the order they were kept in, the id that a slot's key carries ({@link #ID_SHIFT}): a token
         * keeps this array and the id ({@link Found}), and the passes after tokenizing read a word here when they
         * need it (a word that starts a word-list entry). Written before the key of the word's line.
         */
        final Word[] byId;
        final AtomicInteger size = new AtomicInteger();

        Table(int slotCount) {
            this.capacity = Math.min(slotCount / 4 * 3, CAPACITY);
            this.mask = slotCount - 1;
            this.slots = new Word[slotCount];
            this.lines = new long[slotCount * LINE];
            this.byId = new Word[slotCount];
        }
    }

    WordTable(TermMatcher matcher, Set<String> acronyms) {
        this.matcher = matcher;
        this.acronyms = acronyms;
    }

    /**
     * What {@link #find} found: its {@link Word#info} and the word; for a word found by its packed letters the
     * table's words by id and its id there ({@link #byId}, {@link #id}) instead of the word (null then), so that
     * the probe reads nothing but the slot's line, and the word only when {@link #word()} is asked. A text's
     * words are looked up with {@link #findAll}, which writes the ids where the tokens keep them; {@code find} is
     * for one word, and for the words {@code findAll} does not find by their packed letters. Never shared.
     */
    static final class Found {
        Word word;
        long info;
        /** The array the word is in at {@link #id} (then {@link #word} is null), or null. */
        Word[] byId;
        int id;

        /** The word found, read where it is kept if the probe did not read it. */
        Word word() {
            return byId != null ? byId[id] : word;
        }

        private void set(Word w, long i) {
            word = w;
            info = i;
            byId = null;
        }

        private void set(Word[] in, int at, long i) {
            word = null;
            info = i;
            byId = in;
            id = at;
        }
    }

    /** The word {@code text[start, end)}, whose {@link String#hashCode()} is {@code hash} (for tests). */
    Word word(String text, int start, int end, int hash) {
        Found f = new Found();
        find(text, start, end, hash, f);
        return f.word();
    }

    /**
     * Finds the word {@code text[start, end)}, whose {@link String#hashCode()} is {@code hash}, and puts it and its
     * {@link Word#info} into {@code found}; a word found again is not read, only its slot's line.
     */
    void find(String text, int start, int end, int hash, Found found) {
        long[] packed = packWord(text, start, end);
        find(text, start, end, hash, packed[0], packed[1], found);
    }

    /**
     * A word of at most 16 Latin-1 letters packed into two longs, its first eight and its next eight letters (0 for
     * a word of at most eight), as {@link #pack} packs them; both 0 for a longer word or one with a letter outside
     * Latin-1, which is compared by its characters.
     */
    static long[] packWord(String text, int start, int end) {
        long first = pack(text, start, Math.min(end, start + 8));
        long rest = end - start > 8 && first != 0 ? pack(text, start + 8, end) : 0;
        return end - start > 8 && rest == 0 ? new long[2] : new long[] {first, rest};
    }

    /**
     * {@link #find(String, int, int, int, Found)} with the word's letters packed as {@link #pack} packs them,
     * by a caller that packed them while it read them: {@code packed} its first eight, {@code packedRest} the
     * next eight (0 for a word of at most eight), both 0 for a word longer than 16 or with a character outside
     * Latin-1.
     */
    void find(String text, int start, int end, int hash, long packed, long packedRest, Found found) {
        int len = end - start;
        if (len > MAX_KEPT) {
            Word w = create(text.substring(start, end));
            found.set(w, w.info);
            return;
        }
        Table t = table;
        long[] lines = t.lines;
        long key = key(len, hash);
        int mask = t.mask;
        int i = mix(hash) & mask;
        for (;; i = (i + 1) & mask) {
            int at = i * LINE;
            long k = lines[at];
            if ((k & KEY) == key) {
                if (packed != 0) { // compared by the packed characters alone
                    VarHandle.acquireFence(); // the line and the word by its id were written before its key
                    long info = lines[at + 2];
                    if (lines[at + 1] == packed && lines[at + 3] == packedRest && (info & WRITTEN) == WRITTEN) {
                        found.set(t.byId, (int) (k >>> ID_SHIFT), info);
                        return;
                    }
                    continue; // another word, or its line half written: the word itself is found below
                }
                Word w = t.slots[i];
                if (w != null && text.regionMatches(start, w.raw, 0, len)) {
                    found.set(w, w.info);
                    return;
                }
            } else if (k == 0) {
                Word w = t.slots[i];
                if (w == null) {
                    break; // an empty slot: the word is not kept
                }
                if (w.raw.length() == len && text.regionMatches(start, w.raw, 0, len)) {
                    found.set(w, w.info); // its line not written yet, or not yet seen by this thread
                    return;
                }
            }
        }
        Word kept = keep(t, create(text.substring(start, end)), i, key, packed, packedRest);
        found.set(kept, kept.info);
    }

    /**
     * Looks up the words {@code from} to {@code to} of a text at once: word {@code k} is {@code text[start[k],
     * end[k])}, its {@link String#hashCode()} is {@code hash[k]} and its letters packed as {@link #find(String, int,
     * int, int, long, long, Found)} takes them are {@code packed[k]} and {@code packedRest[k]}; an entry whose
     * {@code info[k]} has a bit of {@code skip} is no word and is left as it is. ORs each word's {@link Word#info}
     * into {@code info[k]} and puts its id in the returned array of words into {@code id[k]}, or, for a word not
     * found there by its packed letters (a new word, one not packed), -1 into {@code id[k]} and the word into
     * {@code words[k]}.
     *
     * <p>The probe of {@code find}'s loop again, here in a loop over the words with the table's arrays in
     * registers and the answer written where the caller keeps it: the 100,000-character post took 0.927-0.939 of
     * the time it took with a call of {@code find} per word, and 0.987 with the same probe as a method that both
     * called (docs/PERFORMANCE.md). A probe per word is what is left of a word's cost once the text is read.
     */
    Word[] findAll(String text, int from, int to, int[] start, int[] end, int[] hash, long[] packed,
            long[] packedRest, long skip, long[] info, int[] id, Object[] words) {
        Table t = table;
        long[] lines = t.lines;
        int mask = t.mask;
        Found found = null;
        for (int k = from; k < to; k++) {
            long own = info[k];
            if ((own & skip) != 0) {
                continue;
            }
            long p = packed[k];
            if (p != 0) {
                int h = hash[k];
                long key = key(end[k] - start[k], h);
                long rest = packedRest[k];
                boolean hit = false;
                for (int i = mix(h) & mask;; i = (i + 1) & mask) {
                    int at = i * LINE;
                    long keyAt = lines[at];
                    if ((keyAt & KEY) == key) {
                        VarHandle.acquireFence(); // the line and the word by its id were written before its key
                        long wordInfo = lines[at + 2];
                        if (lines[at + 1] == p && lines[at + 3] == rest && (wordInfo & WRITTEN) == WRITTEN) {
                            info[k] = own | wordInfo;
                            id[k] = (int) (keyAt >>> ID_SHIFT);
                            hit = true;
                            break;
                        }
                    } else if (keyAt == 0) {
                        break; // not kept, or its line not written yet: find tells which
                    }
                }
                if (hit) {
                    continue;
                }
            }
            if (found == null) {
                found = new Found();
            }
            find(text, start[k], end[k], hash[k], p, packedRest[k], found);
            info[k] = own | found.info;
            id[k] = -1;
            words[k] = found.word();
        }
        return t.byId;
    }

    /**
     * Keeps {@code made} in {@code t} from slot {@code i} on, unless {@code t} is full or another thread kept the
     * same word meanwhile (then that word is the answer); the thread that fills {@code t} to its capacity grows
     * the table.
     */
    private Word keep(Table t, Word made, int i, long key, long packed, long packedRest) {
        if (t.size.get() >= t.capacity) {
            if (t.capacity < CAPACITY) {
                grow(t); // filled by words copied into it while other threads kept theirs in the table before
            }
            return made;
        }
        // i is empty unless another thread took it meanwhile: then look on for a free slot
        for (int probes = 0; probes <= t.mask; probes++, i = (i + 1) & t.mask) {
            if (SLOT.compareAndSet(t.slots, i, null, made)) {
                // every id is below the slots' number: each word kept has a slot of its own
                int id = t.size.getAndIncrement();
                write(t, i, id, made, key, packed, packedRest);
                if (id >= t.capacity - 1 && t.capacity < CAPACITY) {
                    grow(t);
                }
                return made;
            }
            Word other = (Word) SLOT.getVolatile(t.slots, i);
            if (other.raw.equals(made.raw)) {
                return other;
            }
        }
        return made;
    }

    private static void write(Table t, int i, int id, Word w, long key, long packed, long packedRest) {
        t.byId[id] = w;
        int at = i * LINE;
        t.lines[at + 1] = packed;
        t.lines[at + 2] = w.info;
        t.lines[at + 3] = packedRest;
        VarHandle.releaseFence(); // a probe that sees the key sees the rest of the line and the word by its id
        t.lines[at] = key | (long) id << ID_SHIFT;
    }

    /**
     * Copies the words of {@code full} into a table twice as large, in the order they were kept, and publishes it,
     * unless another thread already has or is doing so. A word that another thread keeps in {@code full} while it
     * copies, or whose id it holds but has not yet written, is not copied: it is worked out again when next seen.
     */
    private void grow(Table full) {
        // one thread grows; another that finds the table full meanwhile goes on without keeping its word (it would
        // not keep it after waiting either) instead of waiting for the copy
        if (table != full || !growing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (table == full) {
                copyIntoLarger(full);
            }
        } finally {
            growing.set(false);
        }
    }

    private void copyIntoLarger(Table full) {
        Table bigger = new Table((full.mask + 1) * 2);
        int id = 0;
        for (Word w : full.byId) {
            if (w == null) {
                continue;
            }
            int len = w.raw.length();
            int hash = w.raw.hashCode();
            long[] packed = packWord(w.raw, 0, len);
            int i = mix(hash) & bigger.mask;
            while (bigger.slots[i] != null) {
                i = (i + 1) & bigger.mask;
            }
            bigger.slots[i] = w;
            write(bigger, i, id++, w, key(len, hash), packed[0], packed[1]);
        }
        bigger.size.set(id);
        table = bigger; // the volatile write publishes the arrays written above
    }

    /** Whether {@code packed} and {@code packedRest} are the word's {@link #packWord}. */
    static boolean isPacked(String text, int start, int end, long packed, long packedRest) {
        long[] p = packWord(text, start, end);
        return packed == p[0] && packedRest == p[1];
    }

    /** Where a slot's key keeps the word's id in {@link #byId}, above its length. */
    private static final int ID_SHIFT = 40;
    /** The bits of a slot's key that are the word's length and hash, not its id. */
    private static final long KEY = (1L << ID_SHIFT) - 1;

    /** A slot's key without the id: the word's length ({@value #MAX_KEPT} at most) and hash; never 0 for a word. */
    private static long key(int len, int hash) {
        return (long) len << 32 | (hash & 0xFFFF_FFFFL);
    }

    /**
     * The characters {@code text[start, end)} one byte each, the first in the lowest byte, if there are at most
     * eight and all are Latin-1 and not 0 (then two such runs of the same length are equal exactly when their
     * packed forms are); 0 otherwise.
     */
    static long pack(String text, int start, int end) {
        if (end - start > 8) {
            return 0;
        }
        long p = 0;
        for (int k = end - 1; k >= start; k--) {
            char c = text.charAt(k);
            if (c > 0xFF || c == 0) {
                return 0;
            }
            p = p << 8 | c;
        }
        return p;
    }

    /** The letters of a word with this {@link Word#info} (not for a {@link #LONG_WORD}). */
    static int letters(long info) {
        return (int) (info >>> 32) & 0xFF;
    }

    /** The letters that have a case (not for a {@link #LONG_WORD}). */
    static int cased(long info) {
        return (int) (info >>> 40) & 0xFF;
    }

    /** The capital letters (not for a {@link #LONG_WORD}). */
    static int upper(long info) {
        return (int) (info >>> 48) & 0xFF;
    }

    /** The number of words kept. */
    int size() {
        return table.size.get();
    }

    /** The words the table in use keeps before it grows (or, at {@link #CAPACITY}, stops keeping). */
    int capacity() {
        return table.capacity;
    }

    private static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }

    private Word create(String raw) {
        if (isPlainSwedish(raw)) {
            // the common case: Latin and Swedish letters only, nothing to undo but case and stretched letters
            String folded = raw.toLowerCase(Locale.ROOT);
            String one = TextNormalizer.squeeze(folded, 1);
            if (one == folded) {
                return new Word(raw, new String[] {folded}, false, matcher, acronyms);
            }
            String two = TextNormalizer.squeeze(folded, 2);
            List<String> forms = new ArrayList<>(3);
            forms.add(folded);
            if (one.length() >= 3) {
                forms.add(one);
            }
            if (two.length() >= 3 && !two.equals(one) && !two.equals(folded)) { // "till": no second "till"
                forms.add(two);
            }
            return new Word(raw, forms.toArray(String[]::new), false, matcher, acronyms);
        }
        String plain = TextNormalizer.plain(raw);
        String folded = TextNormalizer.fold(raw);
        Set<String> forms = new LinkedHashSet<>(4);
        forms.add(folded);
        forms.add(TextNormalizer.unLeet(folded));
        forms.add(TextNormalizer.stripMarks(folded)); // a mark on every letter: ídíót
        for (String f : List.copyOf(forms)) {
            // stretched letters (idiooooot); a squeezed form shorter than three letters is no word to match
            for (int keep = 1; keep <= 2; keep++) {
                String squeezed = TextNormalizer.squeeze(f, keep);
                if (squeezed.length() >= 3) {
                    forms.add(squeezed);
                }
            }
        }
        return new Word(raw, forms.toArray(String[]::new), !plain.equals(folded), matcher, acronyms);
    }

    /** Only a-z, A-Z and the Latin-1 letters (å, ä, ö, é, ü ...): no digit, mark, look-alike or invisible. */
    private static boolean isPlainSwedish(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            boolean ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!ascii && !TextNormalizer.isLatin1Letter(c)) {
                return false;
            }
        }
        return true;
    }
}
