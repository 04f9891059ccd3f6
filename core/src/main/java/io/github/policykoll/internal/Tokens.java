package io.github.policykoll.internal;

import java.util.Arrays;

/**
 * The words (and emoji) of a text, token {@code i} at {@code start(i)..end(i)} in UTF-16 units, held in parallel
 * arrays rather than as an object a token: a long post has tens of thousands, and the passes after tokenizing walk
 * them again and again, so they read packed arrays instead of objects spread over the heap, and a post allocates a
 * handful of arrays instead of a token each.
 *
 * <p>Per token: its positions, what it is (the {@link WordTable.Word} of a word; the forms, a {@code String[]}, of
 * an emoji or a spelled-out word) and one long of flags and letter counts ({@link WordTable.Word#info}, with the
 * token's own flags in bits the word does not use). Also whether every token is a word ({@link #allWords}): most
 * texts have no emoji and no spelled-out word.
 */
final class Tokens {
    /** The token is an emoji. */
    private static final long EMOJI = 1L << 30;
    /** A word spelled out in separate letters ("i d i o t"), covering those letters. */
    private static final long JOINED = 1L << 31;
    /** A sentence end or line break stands between this and the previous word. */
    private static final long BREAK_BEFORE = 1L << 56;
    /** {@link WordTable#STARTS_ENTRY} is this bit. */
    private static final int STARTS_ENTRY_SHIFT = Integer.numberOfTrailingZeros(WordTable.STARTS_ENTRY);

    static {
        long own = EMOJI | JOINED | BREAK_BEFORE;
        long word = WordTable.BITS | WordTable.EVASION | WordTable.SINGLE | WordTable.LOWER
                | WordTable.LISTED_ACRONYM | WordTable.LONG_WORD | WordTable.SECOND_WORD | WordTable.STARTS_ALONE
                | WordTable.NOT_WORD
                | WordTable.WRITTEN
                | 0x00FF_FFFF_0000_0000L; // the letter counts
        if ((own & word) != 0) {
            throw new IllegalStateException("a token's own flags overlap the word's info");
        }
    }

    private int[] start;
    private int[] end;
    private long[] info;
    /**
     * The {@link WordTable.Word} of a word not in {@link #kept}; the forms ({@code String[]}) of an emoji or a
     * spelled-out word; not read for a word with an {@link #id} (and then whatever an earlier text left there).
     */
    private Object[] what;
    /**
     * Where the word is in {@link #kept}; -1 when {@link #what} holds the token itself.
     */
    private int[] id;
    /**
     * The word table's words by id (each written once before the probe that found it could see it, and never
     * again) that the words of this text were found in ({@link WordTable#findAll}): {@link #id} tells where. A
     * word not found there by its id (a new word, one not packed) is held in {@link #what}. One reference for the
     * text, so that the look-up writes an id per word, not a reference (no garbage collector's write barrier).
     */
    private WordTable.Word[] kept;
    /**
     * Of a word not yet looked up ({@link #addUnread}): its {@link String#hashCode()} and its letters packed as
     * {@link WordTable#find(String, int, int, int, long, long, WordTable.Found)} takes them.
     */
    private int[] hash;
    private long[] packed;
    private long[] packedRest;
    private int size;
    /** The tokens before this are looked up ({@link #lookUp}). */
    private int read;
    /** The words that start a word-list entry ({@link WordTable#STARTS_ENTRY}), in order: a third of a text's. */
    private int[] entryStarts;
    private int entryCount;
    /** Whether some word is "not" ({@link WordTable#NOT_WORD}). */
    private boolean anyNot;
    /** Every token is a word of the text: no emoji, no spelled-out word. */
    boolean allWords = true;

    Tokens(int capacity) {
        int c = Math.max(capacity, 4);
        start = new int[c];
        end = new int[c];
        info = new long[c];
        what = new Object[c];
        id = new int[c];
        hash = new int[c];
        packed = new long[c];
        packedRest = new long[c];
        entryStarts = new int[Math.max(4, c / 4)];
    }

    /** Empties this for another text; the arrays stay (what they still hold past {@link #size} is never read). */
    void clear() {
        size = 0;
        read = 0;
        kept = null;
        entryCount = 0;
        anyNot = false;
        allWords = true;
    }

    /** How many tokens fit without growing. */
    int capacity() {
        return start.length;
    }

    int size() {
        return size;
    }

    /**
     * How many words start a word-list entry ({@link #entryStart}); valid while {@link #allWords}: a word spelled
     * out in letters, inserted among the tokens, moves the ones after it.
     */
    int entryStarts() {
        return entryCount;
    }

    /** Whether some word is "not" ({@link WordTable#NOT_WORD}). */
    boolean anyNot() {
        return anyNot;
    }

    /** The {@code k}-th token that is a word starting a word-list entry. */
    int entryStart(int k) {
        return entryStarts[k];
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * A word of the text whose look-up in the word table waits for {@link #lookUp}: its {@link String#hashCode()}
     * and its letters packed as {@link WordTable#find(String, int, int, int, long, long, WordTable.Found)} takes
     * them. Until then it has no flags but {@link #breakBefore} and no word.
     */
    void addUnread(int s, int e, boolean breakBefore, int wordHash, long wordPacked, long wordPackedRest) {
        add(s, e, null, breakBefore ? BREAK_BEFORE : 0);
        hash[size - 1] = wordHash;
        packed[size - 1] = wordPacked;
        packedRest[size - 1] = wordPackedRest;
    }

    /**
     * Looks up every word added by {@link #addUnread} since the last call in {@code words} (the word table of the
     * text the words are of), in text order, all at once ({@link WordTable#findAll}), and gives each its word and
     * flags. Words spelled out in letters ({@link #addJoined}) are added after this.
     */
    void lookUp(WordTable words, String text) {
        WordTable.Word[] in = words.findAll(text, read, size, start, end, hash, packed, packedRest, EMOJI | JOINED,
                info, id, what);
        if (kept != null && in != kept) {
            // looked up before, and the table has grown since: the words read then are no longer by their ids
            for (int k = 0; k < read; k++) {
                if (id[k] >= 0) {
                    what[k] = kept[id[k]];
                    id[k] = -1;
                }
            }
        }
        kept = in;
        if (entryStarts.length < size) { // each word starts an entry at most once
            entryStarts = Arrays.copyOf(entryStarts, size);
        }
        int entries = entryCount;
        boolean not = anyNot;
        for (int k = read; k < size; k++) {
            long i = info[k];
            // without a branch on the word: one starts an entry or not as the text goes, no pattern to guess
            entryStarts[entries] = k;
            entries += (int) (i >>> STARTS_ENTRY_SHIFT) & 1;
            not |= (i & WordTable.NOT_WORD) != 0;
        }
        entryCount = entries;
        anyNot = not;
        read = size;
    }

    /** An emoji. */
    void addEmoji(int s, int e, boolean breakBefore, String emoji) {
        add(s, e, new String[] {emoji}, EMOJI | (breakBefore ? BREAK_BEFORE : 0));
        allWords = false;
    }

    /**
     * A word spelled out in separate letters, folded. The tokenizer adds it when the run of letters has ended, maybe
     * after the next word: it goes in text order, after the letter it starts with.
     */
    void addJoined(int s, int e, String folded) {
        for (int k = read; k < size; k++) {
            if ((info[k] & (EMOJI | JOINED)) == 0) {
                throw new IllegalStateException(
                        "a word spelled out in letters is added after the words are looked up");
            }
        }
        add(s, e, new String[] {folded}, JOINED | WordTable.EVASION);
        read = size; // it moves the words after it: none waits for a look-up
        allWords = false;
        int last = size - 1;
        int at = last;
        while (at > 0 && start[at - 1] > s) {
            at--;
        }
        if (at < last) { // the tokens after it move up one
            long i = info[last];
            Object w = what[last];
            int k = id[last];
            System.arraycopy(start, at, start, at + 1, last - at);
            System.arraycopy(end, at, end, at + 1, last - at);
            System.arraycopy(info, at, info, at + 1, last - at);
            System.arraycopy(what, at, what, at + 1, last - at);
            System.arraycopy(id, at, id, at + 1, last - at);
            start[at] = s;
            end[at] = e;
            info[at] = i;
            what[at] = w;
            id[at] = k;
        }
    }

    private void add(int s, int e, Object w, long i) {
        if (size == start.length) {
            int c = size * 2;
            start = Arrays.copyOf(start, c);
            end = Arrays.copyOf(end, c);
            info = Arrays.copyOf(info, c);
            what = Arrays.copyOf(what, c);
            id = Arrays.copyOf(id, c);
            hash = Arrays.copyOf(hash, c);
            packed = Arrays.copyOf(packed, c);
            packedRest = Arrays.copyOf(packedRest, c);
        }
        start[size] = s;
        end[size] = e;
        info[size] = i;
        if (w != null) { // a word gets its own when looked up, and only if it needs one (see kept)
            what[size] = w;
        }
        id[size] = -1;
        size++;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    boolean has(int i, long bit) {
        return (info[i] & bit) != 0;
    }

    /** {@link WordTable.Word#bits}: the construction flags, capitalised, street name, starts an entry. */
    int bits(int i) {
        return (int) info[i] & WordTable.BITS;
    }

    /** {@code forms(i)[0]} is the folded word; further forms undo evasions. */
    String[] forms(int i) {
        WordTable.Word w = word(i);
        return w != null ? w.forms : (String[]) what[i];
    }

    /**
     * What the word as written gives (forms, word-list candidates); null for an emoji and a word spelled out in
     * separate letters. The passes after tokenizing read it only for the words that start a word-list entry: what
     * they ask of every word is in the flags.
     */
    WordTable.Word word(int i) {
        int at = id[i];
        return at >= 0 ? kept[at] : what[i] instanceof WordTable.Word word ? word : null;
    }

    /** Whether this is a word of the text (not an emoji nor a spelled-out word), told without reading the word. */
    boolean isWord(int i) {
        return (info[i] & (EMOJI | JOINED)) == 0;
    }

    /** The folded form differs from the plain lower-case word (invisible or look-alike characters). */
    boolean evasion(int i) {
        return has(i, WordTable.EVASION);
    }

    boolean emoji(int i) {
        return has(i, EMOJI);
    }

    /** A word spelled out in separate letters ("i d i o t"), covering those letters. */
    boolean joined(int i) {
        return has(i, JOINED);
    }

    /** A sentence end or line break stands between this and the previous word; a phrase does not run across it. */
    boolean breakBefore(int i) {
        return has(i, BREAK_BEFORE);
    }

    /** The word's letters (0 for an emoji or a spelled-out word). */
    int letters(int i) {
        return has(i, WordTable.LONG_WORD) ? word(i).letters : WordTable.letters(info[i]);
    }

    /** The word's letters that have a case. */
    int cased(int i) {
        return has(i, WordTable.LONG_WORD) ? word(i).cased : WordTable.cased(info[i]);
    }

    /** The word's capital letters. */
    int upper(int i) {
        return has(i, WordTable.LONG_WORD) ? word(i).upper : WordTable.upper(info[i]);
    }
}
