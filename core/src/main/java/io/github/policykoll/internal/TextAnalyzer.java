package io.github.policykoll.internal;

import io.github.policykoll.Post;
import io.github.policykoll.facts.CapsRun;
import io.github.policykoll.facts.Credit;
import io.github.policykoll.facts.Email;
import io.github.policykoll.facts.Hashtag;
import io.github.policykoll.facts.Link;
import io.github.policykoll.facts.MediaItem;
import io.github.policykoll.facts.Mention;
import io.github.policykoll.facts.Personnummer;
import io.github.policykoll.facts.PhoneNumber;
import io.github.policykoll.facts.PostInfo;
import io.github.policykoll.facts.PunctuationRun;
import io.github.policykoll.facts.Referent;
import io.github.policykoll.facts.ReplyTerm;
import io.github.policykoll.facts.Sentence;
import io.github.policykoll.facts.StreetAddress;
import io.github.policykoll.facts.Term;
import io.github.policykoll.facts.ToneStats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns a post into the facts the rules match on (see {@code io.github.policykoll.facts}). Thread-safe and
 * immutable once built. Offsets always point into the original text.
 */
public final class TextAnalyzer {
    private static final int MIN_JOINED_LETTERS = 3;
    /** What may stand between two letters of a word spelled out in separate letters, one character. */
    private static final String LETTER_GAPS = " .-_*·/";
    private static final int ACRONYM_MAX = 4;
    private static final Set<String> SHORTENERS = Set.of("bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly",
            "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "s.id", "t.ly",
            "lnkd.in", "dlvr.it", "shorte.st", "adf.ly", "bl.ink", "v.gd");
    private static final java.util.regex.Pattern PERSONNUMMER = java.util.regex.Pattern.compile(
            "(?<![\\d\\-+])((?:19|20)?\\d{6})([-+]?)(\\d{4})(?![\\d])");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(
            "(?<![\\d+\\-])(?:\\+46[ -]?\\(?0?\\)?|0)\\d{1,3}(?:[ -]?\\d{2,4}){1,4}(?![\\d])");

    /** The words that introduce a photo credit ("Foto: Anna Andersson"), in lower case. */
    static final List<String> CREDIT_WORDS = List.of("foto", "fotograf", "bild", "källa", "illustration", "grafik",
            "photo", "video", "film");

    private final TermMatcher matcher;
    private final WordTable words;
    /** Each thread's buffers of its last analysis, which its next one fills again (see {@link #scratchFor}). */
    private final ThreadLocal<Scratch> spare = new ThreadLocal<>();

    public TextAnalyzer(List<WordList> wordLists) {
        this.matcher = new TermMatcher(wordLists);
        Set<String> acr = new LinkedHashSet<>();
        for (WordList l : wordLists) {
            if (l.name().equals("akronymer")) {
                l.entries().forEach(e -> acr.add(e.words().get(0).word()));
            }
        }
        this.words = new WordTable(matcher, Set.copyOf(acr));
    }

    /**
     * Photo credits: a credit word, up to three spaces or tabs, a colon, up to three more and a letter, digit or
     * {@code @} ("Foto: Anna", "KÄLLA:TT"; the credit covers the word to the last space), or a {@code ©}. Found
     * from each colon backwards, so a post costs one look at each {@code :} and {@code ©}, not a pattern tried at
     * every character (what {@code CreditScannerTest} checks it against). Matches do not overlap: one ends after
     * the character that follows its colon, and the next may start only there.
     */
    static void findCredits(String text, List<Object> facts) {
        findCredits(text, TextMarks.of(text).credits, facts);
    }

    /** As above, looking only at {@code marks}: every {@code :} and {@code ©} of the text. */
    private static void findCredits(String text, TextMarks.Positions marks, List<Object> facts) {
        int resume = 0; // where the previous match ended
        for (int p = 0; p < marks.size(); p++) {
            int i = marks.get(p);
            if (i < resume) {
                continue;
            }
            char c = text.charAt(i);
            if (c == '\u00A9') {
                facts.add(new Credit(i, i + 1, "\u00A9"));
                resume = i + 1;
                continue;
            }
            if (c != ':') {
                continue;
            }
            int wordEnd = i;
            for (int k = 0; k < 3 && wordEnd > 0 && isSpaceOrTab(text.charAt(wordEnd - 1)); k++) {
                wordEnd--;
            }
            // back over letters char by char, as the expression's look-behind did: a letter outside the BMP
            // before the word does not count as one
            int start = wordEnd;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start < resume || start == wordEnd || !isCreditWord(text, start, wordEnd)) {
                continue;
            }
            int after = i + 1;
            for (int k = 0; k < 3 && after < text.length() && isSpaceOrTab(text.charAt(after)); k++) {
                after++;
            }
            if (after >= text.length()) {
                continue;
            }
            int next = text.codePointAt(after);
            if (!Character.isLetter(next) && !isNumber(next) && next != '@') {
                continue;
            }
            int matchEnd = after + Character.charCount(next);
            facts.add(new Credit(start, matchEnd - 1, text.substring(start, matchEnd - 1)));
            resume = matchEnd;
        }
    }

    /** Unicode's {@code \\p{N}}: digits, letter numbers (Ⅻ) and other numbers (½, ²). */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whether {@code text[from, to)} is a credit word, compared as {@code (?iu)} regular expressions do. */
    private static boolean isCreditWord(String text, int from, int to) {
        for (String w : CREDIT_WORDS) {
            if (w.length() == to - from && sameIgnoringCase(text, from, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringCase(String text, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text.charAt(from + k);
            char p = lower.charAt(k);
            if (c != p && fold(c) != fold(p)) {
                return false;
            }
        }
        return true;
    }

    /** Case folding as {@code java.util.regex} does it for {@code (?iu)}: lower case of the upper case. */
    private static int fold(char c) {
        return Character.toLowerCase(Character.toUpperCase((int) c));
    }

    /** Every fact about {@code post}, ready to insert. */
    public List<Object> analyze(Post post) {
        String text = post.text();
        // sized for a short post's facts (post, sentences, words of the lists, tone) without growing
        List<Object> facts = new ArrayList<>(Math.max(24, text.length() / 32));
        facts.add(new PostInfo(post));
        for (int i = 0; i < post.media().size(); i++) {
            Post.Media m = post.media().get(i);
            facts.add(new MediaItem(i, m.type().id(), m.ownMaterial(), m.credit(), m.sourceUrl()));
        }
        for (int i = 0; i < post.links().size(); i++) { // no iterator for the usual empty list
            facts.add(link(post.links().get(i), 0, 0, false));
        }

        // one pass finds where sentences, quotations, credits, links and numbers can be; the scanners look there
        // the scanning passes read the characters from an array: no String.charAt, no check of its coding each time
        Scratch scratch = scratchFor(text);
        char[] chars = scratch.chars; // may be longer than the text
        text.getChars(0, text.length(), chars, 0);
        TextMarks marks = TextMarks.of(chars, text.length());
        Taken taken = new Taken(text.length());
        findLinks(text, marks.linkStarts, taken, facts);
        findEmails(text, taken, facts);
        List<Sentence> sentences = sentences(text, marks.stops);
        boolean digit = marks.anyDigit; // most posts have none: no number scanners, no street addresses
        if (digit) {
            findNumbers(text, marks, taken, facts, sentences);
        }
        findCredits(text, marks.credits, facts);
        addAll(facts, sentences);
        Tokens tokens = tokenize(text, chars, taken, facts, sentences, scratch.tokens);
        List<TermMatcher.Match> matches = capPerList(longestPerList(matcher.match(tokens), tokens));
        List<Referent> referents = new ArrayList<>();
        List<Constructions.Info> infos = Constructions.analyze(text, tokens, sentences, matches,
                referents, marks.quotes, scratch.constructions);
        for (int k = 0; k < matches.size(); k++) {
            TermMatcher.Match m = matches.get(k);
            Constructions.Info in = infos.get(k);
            int start = tokens.start(m.first());
            int end = tokens.end(m.last());
            int sentence = sentenceAt(sentences, start);
            facts.add(new Term(m.entry().list(), m.entry().raw(), start, end, text.substring(start, end),
                    m.form(), sentence, m.evasion(), in.about(), in.construction(), in.quoted(), in.reported(),
                    in.negated(), in.clause(), opensSentence(sentences, sentence, start),
                    afterHyphen(text, start)));
        }
        addAll(facts, referents);
        ironyMarkers(text, tokens, sentences, facts);
        if (digit) {
            streetAddresses(text, tokens, sentences, facts); // a street address has a house number
        }
        tone(text, tokens, marks.stops, sentences, facts);
        if (post.inReplyTo() != null && post.inReplyTo().text() != null) {
            String reply = post.inReplyTo().text();
            Tokens replyTokens = tokenize(reply, reply.toCharArray(), new Taken(reply.length()),
                    new ArrayList<>(), List.of(), new Tokens(expectedTokens(reply)));
            for (TermMatcher.Match m : capPerList(matcher.match(replyTokens))) {
                int start = replyTokens.start(m.first());
                int end = replyTokens.end(m.last());
                facts.add(new ReplyTerm(start, end, reply.substring(start, end), m.entry().list(),
                        m.entry().raw()));
            }
        }
        return capFacts(facts);
    }

    /**
     * At most this many facts of one kind (of one word list, for words) per post: the first ones stand for the
     * rest. No real post comes near it, and it keeps a post built to be slow (50,000 eye-roll emoji, 6,000
     * insults) from making the rules join tens of thousands of facts.
     */
    public static final int MAX_FACTS_PER_KIND = 256;

    private static List<TermMatcher.Match> capPerList(List<TermMatcher.Match> matches) {
        if (matches.size() <= MAX_FACTS_PER_KIND) {
            return matches;
        }
        List<TermMatcher.Match> out = new ArrayList<>();
        java.util.Map<String, int[]> count = new java.util.HashMap<>();
        for (TermMatcher.Match m : matches) {
            if (++count.computeIfAbsent(m.entry().list(), k -> new int[1])[0] <= MAX_FACTS_PER_KIND) {
                out.add(m);
            }
        }
        return out;
    }

    /** {@link #MAX_FACTS_PER_KIND} of each kind; sentences, which other facts join on, are all kept. */
    private static List<Object> capFacts(List<Object> facts) {
        if (facts.size() <= MAX_FACTS_PER_KIND) {
            return facts;
        }
        List<Object> out = new ArrayList<>(facts.size());
        java.util.Map<String, int[]> perList = new java.util.HashMap<>(); // a Term's kind is its list
        java.util.Map<Class<?>, int[]> perClass = new java.util.HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Object f = facts.get(i);
            int[] count = f instanceof Term t ? perList.computeIfAbsent(t.getList(), k -> new int[1])
                    : f instanceof Sentence ? null : perClass.computeIfAbsent(f.getClass(), k -> new int[1]);
            if (count == null || ++count[0] <= MAX_FACTS_PER_KIND) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Within one word list, a match inside a longer match of the same list is dropped ("under embargo" and
     * "embargo", "hans hemadress" and "hemadress"): one finding for the words, marking the longest phrase.
     */
    static List<TermMatcher.Match> longestPerList(List<TermMatcher.Match> matches, Tokens tokens) {
        if (matches.size() < 2) {
            return matches; // nothing inside anything: most posts
        }
        // list by list in the lists' order, each by start and the longest first: grouped by list, the matches are
        // already in order of start (the matcher found them so), which the sort of each group only confirms
        java.util.Map<String, List<TermMatcher.Match>> byList = new java.util.TreeMap<>();
        for (int i = 0; i < matches.size(); i++) {
            TermMatcher.Match m = matches.get(i);
            byList.computeIfAbsent(m.entry().list(), k -> new ArrayList<>()).add(m);
        }
        List<TermMatcher.Match> sorted = new ArrayList<>(matches.size());
        for (List<TermMatcher.Match> group : byList.values()) {
            group.sort(java.util.Comparator.comparingInt((TermMatcher.Match m) -> tokens.start(m.first()))
                    .thenComparingInt(m -> -tokens.end(m.last())));
            sorted.addAll(group);
        }
        List<TermMatcher.Match> out = new ArrayList<>(sorted.size());
        String list = null;
        int coveredTo = -1;
        for (TermMatcher.Match m : sorted) {
            int start = tokens.start(m.first());
            int end = tokens.end(m.last());
            if (!m.entry().list().equals(list)) {
                list = m.entry().list();
                coveredTo = -1;
            }
            if (end <= coveredTo) {
                continue;
            }
            out.add(m);
            coveredTo = Math.max(coveredTo, end);
        }
        return out;
    }

    /** {@code to.addAll(from)} without the copy of {@code from} that {@link ArrayList#addAll} makes. */
    private static void addAll(List<Object> to, List<?> from) {
        for (int i = 0; i < from.size(); i++) {
            to.add(from.get(i));
        }
    }

    /** The word list name of irony markers found by the analyser, not by a word list: "/s" and "NOT". */
    public static final String IRONY_MARKERS = "ironimarkorer";

    /** The word-list names that the analyser fills itself, without a file in ordlistor/. */
    public static final Set<String> BUILT_IN_LISTS = Set.of(IRONY_MARKERS);

    /**
     * The markers people add to say "I did not mean that": {@code /s} after a sentence and a shouted
     * {@code NOT} at its end ("Jättebra jobbat med snöröjningen, NOT."). Word lists cannot hold them: one is
     * punctuation, the other an English word that must be in capitals.
     */
    private static void ironyMarkers(String text, Tokens tokens, List<Sentence> sentences, List<Object> facts) {
        int n = text.length();
        for (int i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
            if (i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                    && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                int sentence = sentenceAt(sentences, i);
                facts.add(new Term(IRONY_MARKERS, "/s", i, i + 2, text.substring(i, i + 2), "/s", sentence, false,
                        opensSentence(sentences, sentence, i)));
            }
        }
        if (!tokens.anyNot()) {
            return; // a shouted NOT is a word "not" too: a text without one has neither
        }
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            if (end - start != 3) {
                continue;
            }
            boolean caps = text.startsWith("NOT", start);
            boolean alone = !caps && tokens.breakBefore(t) && tokens.forms(t)[0].equals("not");
            if (caps || alone) {
                int k = end;
                while (k < n && text.charAt(k) == ' ') {
                    k++;
                }
                if (k == n || ".!\n".indexOf(text.charAt(k)) >= 0) {
                    int sentence = sentenceAt(sentences, start);
                    facts.add(new Term(IRONY_MARKERS, "NOT", start, end, text.substring(start, end), "not", sentence,
                            false, opensSentence(sentences, sentence, start)));
                }
            }
        }
    }

    private static final String[] STREET_ENDINGS = {"gatan", "vägen", "stigen", "gränd", "gränden", "allé", "backe",
        "backen", "torget", "plan", "gata", "väg", "stig", "leden", "slingan", "stråket", "höjden", "liden", "torg"};

    /**
     * Whether a word as written ({@code raw}, folded {@code folded}) can be a street name: five characters or
     * more, a capital first, and a street ending after something (Storgatan, Kungsvägen).
     */
    static boolean isStreetName(String raw, String folded) {
        if (raw.length() < 5 || !Character.isUpperCase(raw.charAt(0))) {
            return false;
        }
        for (String e : STREET_ENDINGS) {
            if (folded.endsWith(e) && folded.length() > e.length()) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised street name ending in -gatan, -vägen, -stigen ... and a house number right after it. */
    private static void streetAddresses(String text, Tokens tokens, List<Sentence> sentences, List<Object> facts) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.has(i, WordTable.STREET)) { // never for a spelled-out word or an emoji
                continue;
            }
            int start = tokens.start(i);
            int k = tokens.end(i);
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            int d = k;
            while (d < text.length() && d - k < 4 && Character.isDigit(text.charAt(d))) {
                d++;
            }
            if (d == k || k - tokens.end(i) != 1 || (d < text.length() && Character.isDigit(text.charAt(d)))) {
                continue;
            }
            if (d < text.length() && Character.isLetter(text.charAt(d)) && (d + 1 == text.length()
                    || !Character.isLetterOrDigit(text.charAt(d + 1)))) {
                d++; // 22B
            }
            facts.add(new StreetAddress(start, d, text.substring(start, d), sentenceAt(sentences, start)));
        }
    }

    // ---- links, e-mail, numbers -------------------------------------------------------------------

    /** Links from {@code starts}: every h or w at the start of the text or after a space or an opening mark. */
    private static void findLinks(String text, TextMarks.Positions starts, Taken taken, List<Object> facts) {
        int n = text.length();
        int resume = 0; // past the last link
        for (int p = 0; p < starts.size(); p++) {
            int i = starts.get(p);
            if (i < resume || !(startsWithIgnoreCase(text, i, "http://") || startsWithIgnoreCase(text, i, "https://")
                    || startsWithIgnoreCase(text, i, "www."))) {
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            while (end > i && ".,;:!?)]}\"'”»".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            facts.add(link(text.substring(i, end), i, end, true));
            taken.mark(i, end);
            resume = end + 1;
        }
    }

    /**
     * {@code url} without a leading {@code http://} or {@code https://}, in any case of those ASCII letters (as the
     * pattern {@code (?i)^https?://} would remove it, without a regular expression's machinery for each link).
     */
    static String withoutScheme(String url) {
        if (url.length() >= 7 && (url.charAt(0) | 0x20) == 'h' && (url.charAt(1) | 0x20) == 't'
                && (url.charAt(2) | 0x20) == 't' && (url.charAt(3) | 0x20) == 'p') {
            int k = (url.charAt(4) | 0x20) == 's' ? 5 : 4;
            if (url.startsWith("://", k)) {
                return url.substring(k + 3);
            }
        }
        return url;
    }

    /** The ASCII digits of {@code s}, in order (what removing every {@code \D} leaves). */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static Link link(String url, int start, int end, boolean inText) {
        String rest = withoutScheme(url);
        int slash = indexOfAny(rest, "/?#");
        String host = (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(Locale.ROOT);
        int at = host.lastIndexOf('@');
        host = at >= 0 ? host.substring(at + 1) : host;
        int colon = host.indexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
        host = host.startsWith("www.") ? host.substring(4) : host;
        return new Link(url, host, start, end, inText, SHORTENERS.contains(host));
    }

    private static void findEmails(String text, Taken taken, List<Object> facts) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (taken.is(at)) {
                continue;
            }
            int s = at;
            while (s > 0 && isEmailChar(text.charAt(s - 1), true)) {
                s--;
            }
            int e = at + 1;
            while (e < text.length() && isEmailChar(text.charAt(e), false)) {
                e++;
            }
            while (e > at + 1 && text.charAt(e - 1) == '.') {
                e--;
            }
            String domain = text.substring(at + 1, e);
            if (s < at && domain.indexOf('.') > 0) {
                facts.add(new Email(s, e, text.substring(s, e), domain.toLowerCase(Locale.ROOT)));
                taken.mark(s, e);
            }
        }
    }

    private static boolean isEmailChar(char c, boolean local) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || (local && c == '+');
    }

    /** Fewer digits than this in a run of digits, spaces, dashes, plus signs and brackets: no phone number. */
    private static final int MIN_NUMBER_DIGITS = 8;

    /**
     * The runs of {@code 0-9 +-()} and spaces that hold enough digits for a phone number or personnummer, as
     * {@code [start, end)} pairs: every match of both patterns lies inside one, and most numbers in real text
     * (years, prices, dates) are too short, so the patterns run on a few short regions instead of the text.
     * The runs grow from each of {@code digits}, every ASCII digit of the text.
     */
    private static int[] numberRuns(String text, TextMarks.Positions digits) {
        int[] runs = new int[8];
        int count = 0;
        int n = text.length();
        for (int d = 0; d < digits.size(); ) {
            int at = digits.get(d);
            int s = at;
            while (s > 0 && isNumberChar(text.charAt(s - 1))) {
                s--;
            }
            int e = at + 1;
            while (e < n && isNumberChar(text.charAt(e))) {
                e++;
            }
            int inRun = 0;
            while (d < digits.size() && digits.get(d) < e) {
                inRun++;
                d++;
            }
            if (inRun >= MIN_NUMBER_DIGITS) {
                if (count + 2 > runs.length) {
                    runs = java.util.Arrays.copyOf(runs, runs.length * 2);
                }
                runs[count++] = s;
                runs[count++] = e;
            }
        }
        return java.util.Arrays.copyOf(runs, count);
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '+' || c == '(' || c == ')';
    }

    /**
     * The text numbers are looked for in: the text itself, or, when it has digits of another script
     * (full-width ８５０３１２) or invisible characters (a zero-width space inside a number), a shadow with
     * those digits as ASCII and the invisible characters left out, and where each of its characters stands in
     * the text. Matches are found in the shadow and reported at their place in the text.
     */
    private record NumberText(String text, int[] at) {
        static NumberText of(String text) {
            boolean needed = false;
            for (int k = 0; k < text.length() && !needed; k++) {
                char c = text.charAt(k);
                needed = c >= '\u00AD' && (Character.isDigit(c) || TextNormalizer.isInvisible(c) || c == '\uFF0D'
                        || c == '\uFF0B');
            }
            if (!needed) {
                return new NumberText(text, null);
            }
            StringBuilder sb = new StringBuilder(text.length());
            int[] at = new int[text.length() + 1];
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c >= '\u00AD' && TextNormalizer.isInvisible(c)) {
                    continue;
                }
                at[sb.length()] = k;
                sb.append(c >= '\u0660' && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10))
                        : c == '\uFF0D' ? '-' : c == '\uFF0B' ? '+' : c);
            }
            at[sb.length()] = text.length();
            return new NumberText(sb.toString(), at);
        }

        /** Where the shadow's character {@code i} starts in the text. */
        int start(int i) {
            return at == null ? i : at[i];
        }

        /** Where a match ending before the shadow's character {@code i} ends in the text. */
        int end(int i) {
            return at == null ? i : at[i - 1] + 1;
        }
    }

    private static void findNumbers(String text, TextMarks marks, Taken taken, List<Object> facts,
            List<Sentence> sentences) {
        // almost always the text itself, whose digits the marks found; a shadow has digits of its own
        NumberText scan = marks.numberShadow ? NumberText.of(text) : new NumberText(text, null);
        int[] runs = numberRuns(scan.text(), marks.numberShadow ? TextMarks.of(scan.text()).digits : marks.digits);
        if (runs.length == 0) {
            return;
        }
        Matcher m = PERSONNUMMER.matcher(scan.text()).useTransparentBounds(true).useAnchoringBounds(false);
        for (int r = 0; r < runs.length; r += 2) {
            m.region(runs[r], runs[r + 1]);
            findPersonnummer(text, scan, taken, facts, m);
        }
        Matcher p = PHONE.matcher(scan.text()).useTransparentBounds(true).useAnchoringBounds(false);
        for (int r = 0; r < runs.length; r += 2) {
            p.region(runs[r], runs[r + 1]);
            findPhones(text, scan, taken, facts, sentences, p);
        }
    }

    private static void findPersonnummer(String text, NumberText scan, Taken taken, List<Object> facts, Matcher m) {
        while (m.find()) {
            int start = scan.start(m.start());
            int end = scan.end(m.end());
            if (taken.is(start)) {
                continue;
            }
            String date = m.group(1);
            boolean separated = !m.group(2).isEmpty();
            // ten digits without a separator look like a phone number unless the text says what it is
            if (!separated && date.length() == 6 && !saysPersonnummer(text, start)) {
                continue;
            }
            String ten = date.substring(date.length() - 6) + m.group(3);
            int month = Integer.parseInt(ten.substring(2, 4));
            int day = Integer.parseInt(ten.substring(4, 6));
            boolean samordning = day > 60;
            int realDay = samordning ? day - 60 : day;
            // a wrong check digit is a typo or a made-up number, unless the text says it is a personnummer
            if (month < 1 || month > 12 || realDay < 1 || realDay > 31
                    || (!luhn(ten) && !saysPersonnummer(text, start))) {
                continue;
            }
            facts.add(new Personnummer(start, end, text.substring(start, end), samordning));
            taken.mark(start, end);
        }
    }

    private static void findPhones(String text, NumberText scan, Taken taken, List<Object> facts,
            List<Sentence> sentences, Matcher p) {
        while (p.find()) {
            int start = scan.start(p.start());
            int end = scan.end(p.end());
            if (taken.is(start) || taken.is(end - 1)) {
                continue;
            }
            String digits = asciiDigits(p.group());
            String national = digits.startsWith("46") && p.group().startsWith("+") ? "0" + digits.substring(2)
                    : digits;
            if (national.length() < 8 || national.length() > 11) {
                continue;
            }
            facts.add(new PhoneNumber(start, end, text.substring(start, end), national.startsWith("07"),
                    sentenceAt(sentences, start)));
            taken.mark(start, end);
        }
    }

    private static boolean saysPersonnummer(String text, int at) {
        String before = text.substring(Math.max(0, at - 60), at).toLowerCase(Locale.ROOT);
        return before.contains("personnum") || before.contains("pnr") || before.contains("personnr")
                || before.contains("samordningsnummer");
    }

    /** The Luhn checksum of a ten-digit personnummer. */
    static boolean luhn(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    // ---- sentences ---------------------------------------------------------------------------------

    /** The sentences of {@code text}, whose {@code \n . ! ? …} are at {@code stops}. */
    static List<Sentence> sentences(String text, TextMarks.Positions stops) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0; // a stop before this was part of the run of punctuation before it
        for (int p = 0; p < stops.size(); p++) {
            int at = stops.get(p);
            if (at < i) {
                continue;
            }
            char c = text.charAt(at);
            int end = -1;
            int next = at + 1;
            if (c == '\n') {
                end = at;
            } else {
                int j = at;
                while (j < n && ".!?…".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                boolean spaceAfter = j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t');
                if ((endsSentence(text, j) || (c != '.' && spaceAfter))
                        && !(c == '.' && j == at + 1 && endsMidSentenceAbbreviation(text, at))) {
                    end = j; // but not after "t.ex. 100 kronor", "bl.a. Stockholm"
                }
                next = j;
            }
            if (end >= 0) {
                addSentence(text, start, end, out);
                start = next;
            }
            i = next;
        }
        addSentence(text, start, n, out);
        return out;
    }

    private static void addSentence(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        int excl = 0;
        int k = end;
        boolean question = false;
        while (k > start && "!?.…".indexOf(text.charAt(k - 1)) >= 0) {
            char c = text.charAt(--k);
            excl += c == '!' ? 1 : 0;
            question |= c == '?';
        }
        out.add(Sentence.in(text, out.size(), start, end, question, excl));
    }

    /** Whether a hyphen joins the word at {@code start} to a letter or digit before it ("Abba-fan"). */
    static boolean afterHyphen(String text, int start) {
        if (start < 2) {
            return false;
        }
        char h = text.charAt(start - 1);
        return (h == '-' || h == '\u2010' || h == '\u2011') && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    /** Whether {@code start} is where sentence {@code sentence} (an index from {@link #sentenceAt}) starts. */
    private static boolean opensSentence(List<Sentence> sentences, int sentence, int start) {
        return !sentences.isEmpty() && sentences.get(sentence).getStart() == start;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).getStart() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(found).getIndex();
    }

    // ---- words ---------------------------------------------------------------------------------------

    /**
     * A thread keeps the buffers of an analysis for its next one when they hold at most this many characters (more
     * than the engine's default longest text, 100,000, and every social network's longest post; Facebook's is
     * 63,206): about 7 bytes a character, 0.9 MB at most, and the constructions' per-word arrays for up to
     * {@link Constructions#SPARE_WORDS} words (0.8 MB). A post's tokens and characters in new arrays each time were
     * 0.7 MB of the 2.3 MB a post of 100,000 characters allocated, and the memory they took from the caches slowed
     * the rest (docs/PERFORMANCE.md).
     */
    static final int SPARE_CHARS = 131_072;

    /** The buffers one analysis fills: its tokens, a copy of its characters, the constructions' per-word arrays. */
    private static final class Scratch {
        final Tokens tokens;
        final char[] chars;
        final Constructions.Spare constructions = new Constructions.Spare();

        Scratch(int length) {
            this.tokens = new Tokens(expectedTokens(length));
            this.chars = new char[length];
        }

        boolean fits(int length) {
            return chars.length >= length;
        }
    }

    /** The thread's spare buffers, emptied, when they fit {@code text}; else new ones, kept if not too large. */
    private Scratch scratchFor(String text) {
        int length = text.length();
        Scratch kept = spare.get();
        if (kept != null && kept.fits(length)) {
            kept.tokens.clear();
            return kept;
        }
        // room for a little more than this text, so that a thread's next posts, a little longer, fit too
        int room = Math.max(length, Math.min(SPARE_CHARS, Math.max(1_024, length + length / 2)));
        Scratch made = new Scratch(room);
        if (room <= SPARE_CHARS) {
            spare.set(made);
        }
        return made;
    }

    /** The characters the calling thread's kept buffers hold, 0 for none (for tests: they stay bounded). */
    int keptChars() {
        Scratch kept = spare.get();
        return kept == null ? 0 : kept.chars.length;
    }

    /** The words the calling thread's kept construction arrays hold, 0 for none (for tests, as above). */
    int keptWords() {
        Scratch kept = spare.get();
        return kept == null ? 0 : kept.constructions.words();
    }

    /** Room for the tokens of {@code text} without growing: a word and a space are 6 characters on average. */
    private static int expectedTokens(String text) {
        return expectedTokens(text.length());
    }

    private static int expectedTokens(int length) {
        return length / 5 + 8;
    }

    /**
     * Words, emoji, mentions and hashtags, in one pass over {@code chars} (the characters of {@code text});
     * adds Mention and Hashtag facts.
     */
    private Tokens tokenize(String text, char[] chars, Taken taken, List<Object> facts, List<Sentence> sentences,
            Tokens tokens) {
        int n = text.length();
        int i = 0;
        boolean breakPending = false;
        // the taken characters as ranges: range r (at 2r) is the first that ends after i, and takenFrom its start
        // (n when none): i is taken when takenFrom <= i, and a word starting at i ends at takenFrom at the latest
        int[] takenRanges = taken.ranges();
        int r = 0;
        int takenFrom = takenRanges.length > 0 ? takenRanges[0] : n;
        while (i < n) {
            while (r < takenRanges.length && takenRanges[r + 1] <= i) {
                r += 2;
                takenFrom = r < takenRanges.length ? takenRanges[r] : n;
            }
            boolean isTaken = takenFrom <= i;
            if (chars[i] == ' ' && !isTaken) { // the usual gap between words, told without the code-point tests
                i++;
                continue;
            }
            int cp = Character.codePointAt(chars, i);
            int len = Character.charCount(cp);
            if (isTaken) {
                breakPending = true;
                i += len;
                continue;
            }
            if (TextNormalizer.isWordChar(cp)) {
                int s = i;
                int e = i + len;
                int hash = len == 1 ? cp : 31 * chars[i] + chars[i + 1]; // String.hashCode of the word
                // its letters packed one byte each as WordTable.pack packs them, while they are read
                boolean packable = len == 1 && cp <= 0xFF;
                long packed = cp;
                long packedRest = 0;
                int limit = Math.min(n, takenFrom); // s is not taken: the first taken character after it, or n
                while (e < limit) {
                    char c = chars[e];
                    if (c <= 0xFF) { // Swedish text: å, ä and ö take the same road as the other letters
                        if (!LATIN1_WORD[c]) {
                            break;
                        }
                        hash = 31 * hash + c;
                        int at = e - s;
                        if (at < 8) {
                            packed |= (long) c << (at << 3);
                        } else if (at < 16) {
                            packedRest |= (long) c << ((at - 8) << 3);
                        } else {
                            packable = false;
                        }
                        e++;
                    } else if (isWordOrInvisible(Character.codePointAt(chars, e))) {
                        hash = 31 * hash + c;
                        packable = false;
                        if (Character.isHighSurrogate(c) && e + 1 < n && Character.isLowSurrogate(chars[e + 1])) {
                            hash = 31 * hash + chars[e + 1];
                            e += 2;
                        } else {
                            e++;
                        }
                    } else {
                        break;
                    }
                }
                char before = s > 0 ? chars[s - 1] : ' ';
                if (e < n && chars[e] == '.' && e - s <= MAX_ABBREVIATION_WORD && before != '#' && before != '@') {
                    // "bl.a.", "t.ex.", "s.k.", "ca.": read as one word that the lists do not know and the
                    // constructions look past, no word "s" of its own and no sentence or clause break at its dots
                    int form = abbreviationFormAt(text, s);
                    int abbreviationEnd = form < 0 ? -1 : s + (form >>> 1);
                    if (abbreviationEnd > 0 && !taken.isAny(e, abbreviationEnd)) {
                        breakPending |= (form & 1) == 0 && endsSentence(text, abbreviationEnd);
                        i = abbreviationEnd;
                        continue;
                    }
                }
                if (before == '#' || (before == '@' && (s < 2 || !TextNormalizer.isWordChar(chars[s - 2])))) {
                    String raw = text.substring(s, e);
                    facts.add(before == '#' ? new Hashtag(s - 1, e, text.substring(s - 1, e), raw)
                            : new Mention(s - 1, e, text.substring(s - 1, e), raw, sentenceAt(sentences, s - 1)));
                }
                if (!packable) {
                    packed = 0;
                    packedRest = 0;
                }
                assert WordTable.isPacked(text, s, e, packed, packedRest) : "packed unlike the word table";
                tokens.addUnread(s, e, breakPending, hash, packed, packedRest);
                breakPending = false;
                i = e;
                if (e < n && chars[e] == ':' && !taken.is(e)) {
                    // an abbreviation's ending after a colon ("SD:s", "EU:s", "tv:n", "1:a") belongs to its word:
                    // no word "s" of its own, and no clause break in the middle of "SD:s förslag"
                    int endingEnd = colonEnding(text, s, e);
                    if (endingEnd > 0 && !taken.isAny(e, endingEnd)) {
                        i = endingEnd;
                    }
                }
                continue;
            }
            if (TextNormalizer.isEmoji(cp)) {
                String emoji = new String(Character.toChars(cp));
                tokens.addEmoji(i, i + len, breakPending, emoji);
                breakPending = false;
            } else if (cp == '\n' || cp == '.' || cp == '!' || cp == '?' || cp == '…') {
                breakPending = true;
            }
            i += len;
        }
        tokens.lookUp(words, text);
        joinSpelledOut(text, tokens);
        return tokens;
    }

    /**
     * Adds a word for each run of at least {@value #MIN_JOINED_LETTERS} spelled-out letters ("i d i o t",
     * "i.d.i.o.t", "i-d-i-o-t"): single letters ({@link WordTable#SINGLE}) one apart, each gap one of the characters
     * of {@link #LETTER_GAPS}. A run is told by the words alone: anything else between two letters (an emoji, a
     * link, an abbreviation, a second space) makes their gap wider than one character.
     */
    private static void joinSpelledOut(String text, Tokens tokens) {
        // from the last token back: a joined word goes in after its run's first letter, behind the tokens still
        // to be read, so it is added as soon as its run ends
        int runStart = -1; // the run's first letter so far
        int runEnd = -1;
        int count = 0;
        for (int t = tokens.size() - 1; t >= 0; t--) {
            if (!tokens.has(t, WordTable.SINGLE)) {
                continue; // most words end no run: looked at only when a run ends
            }
            int end = tokens.end(t);
            if (count > 0 && runStart - end == 1 && LETTER_GAPS.indexOf(text.charAt(end)) >= 0) {
                count++;
            } else {
                closeJoined(text, tokens, runStart, runEnd, count);
                runEnd = end;
                count = 1;
            }
            runStart = tokens.start(t);
        }
        closeJoined(text, tokens, runStart, runEnd, count);
    }

    /**
     * Dotted abbreviations that stand inside a sentence and never end one ("t.ex. 100 kronor", "bl.a. Stockholm"),
     * as written with every dot, in small letters.
     */
    private static final List<String> MID_SENTENCE_ABBREVIATIONS = List.of("t.ex.", "bl.a.", "s.k.", "d.v.s.", "dvs.",
            "p.g.a.", "pga.", "t.o.m.", "f.d.", "fr.o.m.", "i.o.m.", "m.a.o.", "f.ö.", "ca.", "enl.", "jfr.", "resp.",
            "inkl.", "exkl.", "ev.", "kl.", "nr.", "st.");
    /** Dotted abbreviations that may end a sentence ("… skola, vård m.m. Vi vill …"). */
    private static final List<String> FINAL_ABBREVIATIONS = List.of("m.m.", "o.s.v.", "osv.", "m.fl.", "o.d.", "e.d.",
            "etc.");
    /** The longest word before an abbreviation's first dot ("inkl", "resp"). */
    private static final int MAX_ABBREVIATION_WORD = 4;
    /** The longest abbreviation, dots included ("fr.o.m.", "o.s.v."). */
    private static final int MAX_ABBREVIATION = 7;
    /**
     * Both lists by length, each abbreviation also without its last dot when it has two or more ("bl.a", "t.ex"):
     * the forms of a length, and per form whether it never ends a sentence.
     */
    private static final String[][] ABBREVIATIONS = new String[MAX_ABBREVIATION + 1][];
    private static final boolean[][] MID_SENTENCE = new boolean[MAX_ABBREVIATION + 1][];

    static {
        List<List<String>> forms = new ArrayList<>();
        List<List<Boolean>> mid = new ArrayList<>();
        for (int len = 0; len <= MAX_ABBREVIATION; len++) {
            forms.add(new ArrayList<>());
            mid.add(new ArrayList<>());
        }
        for (List<String> list : List.of(MID_SENTENCE_ABBREVIATIONS, FINAL_ABBREVIATIONS)) {
            for (String a : list) {
                boolean isMid = list == MID_SENTENCE_ABBREVIATIONS;
                forms.get(a.length()).add(a);
                mid.get(a.length()).add(isMid);
                if (a.indexOf('.') < a.length() - 1) {
                    forms.get(a.length() - 1).add(a.substring(0, a.length() - 1));
                    mid.get(a.length() - 1).add(isMid);
                }
            }
        }
        for (int len = 0; len <= MAX_ABBREVIATION; len++) {
            ABBREVIATIONS[len] = forms.get(len).toArray(String[]::new);
            MID_SENTENCE[len] = new boolean[mid.get(len).size()];
            for (int k = 0; k < MID_SENTENCE[len].length; k++) {
                MID_SENTENCE[len][k] = mid.get(len).get(k);
            }
        }
    }

    /**
     * Where the dotted abbreviation that starts at {@code start} ends (after its last dot), or -1: one of
     * {@link #MID_SENTENCE_ABBREVIATIONS} or {@link #FINAL_ABBREVIATIONS} in any case, not inside a word (no letter,
     * digit or dot before it, no letter or digit after it); one with two dots or more may lack its last ("bl.a",
     * "t.ex").
     */
    static int abbreviationAt(String text, int start) {
        int form = abbreviationFormAt(text, start);
        return form < 0 ? -1 : start + (form >>> 1);
    }

    /**
     * The abbreviation at {@code start} as its length times two, plus one if it never ends a sentence; -1 for none.
     * The run of letters and dots from {@code start} must be all of it: a word longer than any abbreviation ends
     * the look at once, and the candidates are the few forms of the run's length, compared a character at a time.
     */
    private static int abbreviationFormAt(String text, int start) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (before == '.' || TextNormalizer.isWordChar(before)) {
                return -1;
            }
        }
        int n = text.length();
        int end = start;
        boolean dot = false;
        while (end < n && end - start <= MAX_ABBREVIATION) {
            char c = text.charAt(end);
            if (c == '.') {
                dot = true;
            } else if (!isAbbreviationLetter(c)) {
                break;
            }
            end++;
        }
        int len = end - start;
        if (!dot || len > MAX_ABBREVIATION || (end < n && TextNormalizer.isWordChar(text.charAt(end)))) {
            return -1;
        }
        String[] forms = ABBREVIATIONS[len];
        for (int f = 0; f < forms.length; f++) {
            if (isAbbreviation(text, start, forms[f])) {
                return len << 1 | (MID_SENTENCE[len][f] ? 1 : 0);
            }
        }
        return -1;
    }

    /** Whether {@code text} from {@code start} is {@code form} (small letters and dots) in any case. */
    private static boolean isAbbreviation(String text, int start, String form) {
        for (int k = 0; k < form.length(); k++) {
            char c = text.charAt(start + k);
            char f = form.charAt(k);
            if (c != f && !(c >= 'A' && c <= 'Z' && (char) (c | 0x20) == f) && !(c == 'Ö' && f == 'ö')) {
                return false;
            }
        }
        return true;
    }

    /** A letter of the abbreviations: a-z, A-Z, ö, Ö (told without Unicode's tables: this runs at every dot). */
    private static boolean isAbbreviationLetter(char c) {
        char lower = (char) (c | 0x20);
        return (lower >= 'a' && lower <= 'z') || c == 'ö' || c == 'Ö';
    }

    /** Whether {@code text[start, end)}, a dotted abbreviation, is one that never ends a sentence. */
    private static boolean isMidSentenceAbbreviation(String text, int start, int end) {
        int form = abbreviationFormAt(text, start);
        return form >= 0 && start + (form >>> 1) == end && (form & 1) == 1;
    }

    /** Whether the dot at {@code dot} is the last of an abbreviation that never ends a sentence ("t.ex. 100"). */
    static boolean endsMidSentenceAbbreviation(String text, int dot) {
        // most dots end a word of more letters than an abbreviation's part has: told from five characters
        int start = dot;
        while (start > 0 && isAbbreviationLetter(text.charAt(start - 1))) {
            if (dot - start == MAX_ABBREVIATION_WORD) {
                return false;
            }
            start--;
        }
        if (start == dot) {
            return false;
        }
        while (start > 0 && dot - start < MAX_ABBREVIATION
                && (text.charAt(start - 1) == '.' || isAbbreviationLetter(text.charAt(start - 1)))) {
            start--;
        }
        return isMidSentenceAbbreviation(text, start, dot + 1);
    }

    /**
     * Whether a sentence ends at {@code at}, after its dots: the text or the line ends there, or a space and a word
     * not in small letters follow ({@link #sentences}; the tokenizer asks it after an abbreviation that may end one).
     */
    private static boolean endsSentence(String text, int at) {
        int k = at;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k >= text.length() || text.charAt(k) == '\n' || (k > at && !Character.isLowerCase(text.charAt(k)));
    }

    /** The longest ending {@link #colonEnding} takes after a colon ("ernas", "arnas"). */
    private static final int MAX_COLON_ENDING = 5;

    /**
     * The endings Swedish writes after a colon on an abbreviation or a number: the genitive ("SD:s", "EU:s",
     * "tv:ns"), the definite forms ("tv:n", "pm:et", "dvd:erna"), plurals ("pm:en", "cd:ar") and ordinals
     * ("1:a", "3:e"). Not "are" and its forms ("SD:are", "S:are"), which make a new word (a word-list phrase
     * such as "sd are" matches it as two words).
     */
    private static final Set<String> COLON_ENDINGS = Set.of("s", "n", "t", "a", "e", "en", "et", "an", "ar", "er",
            "or", "na", "ns", "ts", "es", "ens", "ets", "ans", "ars", "ers", "ors", "nas", "arna", "erna", "orna",
            "arnas", "ernas", "ornas");

    /**
     * Where the ending after the colon at {@code colon} ends, when the word {@code text[wordStart, colon)} is an
     * abbreviation or a number that such an ending belongs to ("SD:s", "SVT:s", "tv:n", "1:a"); else -1. The word
     * has at most six letters or digits, and when any is a small letter at most three ("tv", "pm", "sms"), so that
     * "detta:en" (a missing space) keeps its colon; the ending is one of {@link #COLON_ENDINGS} (in any case: "SD:S"
     * in a text in capitals) and no letter or digit follows it.
     */
    static int colonEnding(String text, int wordStart, int colon) {
        int len = colon - wordStart;
        if (len < 1 || len > 6) {
            return -1;
        }
        boolean small = false;
        for (int k = wordStart; k < colon; k++) {
            char c = text.charAt(k);
            if (!Character.isLetterOrDigit(c)) {
                return -1;
            }
            small |= Character.isLowerCase(c);
        }
        if (small && len > 3) {
            return -1;
        }
        int end = colon + 1;
        int n = text.length();
        while (end < n && end - colon - 1 <= MAX_COLON_ENDING && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == colon + 1 || end - colon - 1 > MAX_COLON_ENDING
                || (end < n && TextNormalizer.isWordChar(text.codePointAt(end)))) {
            return -1;
        }
        return COLON_ENDINGS.contains(text.substring(colon + 1, end).toLowerCase(Locale.ROOT)) ? end : -1;
    }

    /** {@link #isWordOrInvisible} of each Latin-1 character: whether it continues a word in the tokenizer. */
    private static final boolean[] LATIN1_WORD = new boolean[0x100];

    static {
        for (char c = 0; c < 0x100; c++) {
            LATIN1_WORD[c] = isWordOrInvisible(c);
        }
    }

    private static boolean isWordOrInvisible(int cp) {
        return TextNormalizer.isWordChar(cp) || TextNormalizer.isInvisible(cp);
    }

    /** Adds the word spelled out by {@code count} single letters, if they are enough. */
    private static void closeJoined(String text, Tokens tokens, int start, int end, int count) {
        if (count < MIN_JOINED_LETTERS) {
            return;
        }
        StringBuilder letters = new StringBuilder();
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (TextNormalizer.isWordChar(c)) {
                letters.append(c);
            }
        }
        String folded = TextNormalizer.unLeet(TextNormalizer.fold(letters.toString()));
        tokens.addJoined(start, end, folded);
    }

    // ---- tone ----------------------------------------------------------------------------------------

    private void tone(String text, Tokens tokens, TextMarks.Positions stops, List<Sentence> sentences,
            List<Object> facts) {
        int words = 0;
        int letters = 0;
        int capitals = 0;
        int emoji = 0;
        int runStart = -1;
        int runEnd = -1;
        int runWords = 0;
        int runLetters = 0;
        int runLongest = 0;
        boolean runAcronyms = true;
        int runFirst = -1; // the run's first token
        int runs = 0; // runs so far: only the first MAX_FACTS_PER_KIND are kept (capFacts), so only they ask names
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.joined(t)) {
                continue;
            }
            if (tokens.emoji(t)) {
                emoji++;
                continue;
            }
            words++;
            int wordLetters = tokens.letters(t);
            int cased = tokens.cased(t);
            int upper = tokens.upper(t);
            boolean lower = tokens.has(t, WordTable.LOWER);
            letters += wordLetters;
            boolean caps = !lower && cased >= 2;
            boolean acronym = caps && (wordLetters <= ACRONYM_MAX || tokens.has(t, WordTable.LISTED_ACRONYM));
            if (!acronym) {
                capitals += upper;
            }
            boolean continues = caps && runWords > 0 && !hasLetterBetween(text, runEnd, tokens.start(t))
                    && !tokens.breakBefore(t);
            if (caps && continues) {
                runEnd = tokens.end(t);
                runWords++;
                runLetters += wordLetters;
                runLongest = Math.max(runLongest, wordLetters);
                runAcronyms &= acronym;
            } else {
                if (runWords > 0) {
                    facts.add(capsRun(text, tokens, runFirst, t, runStart, runEnd, runWords, runLetters,
                            runLongest, runAcronyms, runs++ < MAX_FACTS_PER_KIND));
                }
                runFirst = t;
                runWords = caps ? 1 : 0;
                runStart = tokens.start(t);
                runEnd = tokens.end(t);
                runLetters = wordLetters;
                runLongest = wordLetters;
                runAcronyms = acronym;
            }
        }
        if (runWords > 0) {
            facts.add(capsRun(text, tokens, runFirst, tokens.size(), runStart, runEnd, runWords, runLetters,
                    runLongest, runAcronyms, runs < MAX_FACTS_PER_KIND));
        }
        int exclamations = 0;
        int resume = 0; // past the last run of ! and ?
        for (int p = 0; p < stops.size(); p++) {
            int k = stops.get(p);
            if (k < resume) {
                continue;
            }
            char c = text.charAt(k);
            exclamations += c == '!' ? 1 : 0;
            if ((c == '!' || c == '?') && k + 1 < text.length() && "!?".indexOf(text.charAt(k + 1)) >= 0) {
                int e = k;
                int ex = 0;
                while (e < text.length() && "!?".indexOf(text.charAt(e)) >= 0) {
                    ex += text.charAt(e) == '!' ? 1 : 0;
                    e++;
                }
                facts.add(new PunctuationRun(k, e, text.substring(k, e), ex));
                exclamations += ex - 1;
                resume = e;
            }
        }
        int questions = 0;
        for (int k = 0; k < sentences.size(); k++) {
            questions += sentences.get(k).isQuestion() ? 1 : 0;
        }
        facts.add(new ToneStats(words, letters, capitals, exclamations, emoji, questions));
    }

    /** The most words a run of names in capitals has ("ANNA LINDQVIST", "KARL XVI GUSTAF"). */
    private static final int MAX_NAME_WORDS = 3;

    /**
     * The run of capitals of tokens {@code [first, to)}, whose words stand at {@code [s, e)}; {@code kept} when it
     * is among the runs {@link #capFacts} keeps, the only ones whose names are worth asking the lexicon (a post of
     * 1 MB of names in capitals took 130-170 ms when every run asked, 12 ms so).
     */
    private static CapsRun capsRun(String text, Tokens tokens, int first, int to, int s, int e, int words,
            int letters, int longest, boolean acr, boolean kept) {
        boolean names = kept && !acr && words <= MAX_NAME_WORDS && namesOnly(tokens, first, to);
        return new CapsRun(s, e, text.substring(s, e), words, letters, longest, acr, names);
    }

    /**
     * Whether the words of tokens {@code [first, to)} are names (see {@link CapsRun#isNamesOnly()}): the tagger
     * gives none of them a part of speech, and the Hunspell word list, which has first names, surnames and places,
     * knows at least one. Asked of a few runs of capitals in a post, if any.
     */
    private static boolean namesOnly(Tokens tokens, int first, int to) {
        SwedishLexicon lexicon = SwedishLexicon.get();
        boolean known = false;
        for (int t = first; t < to; t++) {
            if (tokens.joined(t) || tokens.emoji(t)) {
                continue;
            }
            String word = tokens.forms(t)[0]; // folded, as the construction analysis asks the lexicon
            if (!lexicon.tags(word).isEmpty()) {
                return false;
            }
            known |= lexicon.inWordList(word); // the tagger, asked just now, has no part of speech for it
        }
        return known;
    }

    private static boolean hasLetterBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    // ---- small helpers -------------------------------------------------------------------------------

    private static boolean startsWithIgnoreCase(String text, int at, String prefix) {
        return text.regionMatches(true, at, prefix, 0, prefix.length());
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The characters that links, e-mail addresses, phone numbers and personnummer have taken from the words; no
     * array until the first (most posts have none).
     */
    private static final class Taken {
        private static final long[] NONE = new long[0];
        private static final int[] NO_RANGES = new int[0];
        private final int length;
        private boolean[] at;
        /** The ranges marked, in the order they were: each {@code from << 32 | to}. */
        private long[] ranges = NONE;
        private int count;

        Taken(int length) {
            this.length = length;
        }

        void mark(int from, int to) {
            if (from >= to) {
                return;
            }
            if (at == null) {
                at = new boolean[length];
            }
            java.util.Arrays.fill(at, from, to, true);
            if (count == ranges.length) {
                ranges = java.util.Arrays.copyOf(ranges, Math.max(8, count * 2));
            }
            ranges[count++] = (long) from << 32 | to;
        }

        /**
         * The taken characters as ranges in order, none touching another: {@code [from, to)} at {@code 2k} and
         * {@code 2k + 1}. For the tokenizer, which so tells where the next taken character is once per word, not
         * once per character.
         */
        int[] ranges() {
            if (count == 0) {
                return NO_RANGES;
            }
            long[] sorted = java.util.Arrays.copyOf(ranges, count);
            java.util.Arrays.sort(sorted);
            int[] out = new int[count * 2];
            int k = 0;
            for (long r : sorted) {
                int from = (int) (r >>> 32);
                int to = (int) r;
                if (k > 0 && from <= out[k - 1]) {
                    out[k - 1] = Math.max(out[k - 1], to); // overlaps or touches the last: one range
                } else {
                    out[k++] = from;
                    out[k++] = to;
                }
            }
            return k == out.length ? out : java.util.Arrays.copyOf(out, k);
        }

        boolean is(int i) {
            return at != null && at[i];
        }

        /** Whether any character of {@code [from, to)} is taken. */
        boolean isAny(int from, int to) {
            for (int k = from; at != null && k < to; k++) {
                if (at[k]) {
                    return true;
                }
            }
            return false;
        }
    }
}
