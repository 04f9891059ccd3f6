package io.github.policykoll.internal;

import java.util.Collection;

/** "Did you mean ...?" for names a rule author typed: the nearest by edit distance, if near enough. */
final class Spelling {
    private Spelling() {
    }

    /** The name in {@code known} nearest to {@code typed}: at most a third of its letters wrong; or null. */
    static String nearest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Math.max(1, typed.length() / 3) + 1;
        int bestPrefix = -1;
        String t = typed.toLowerCase(java.util.Locale.ROOT);
        for (String k : new java.util.TreeSet<>(known)) {
            String c = k.toLowerCase(java.util.Locale.ROOT);
            int d = distance(t, c);
            int prefix = commonPrefix(t, c);
            // on a tie the one that starts like the typed name: SM-6.2 is nearer SM-6.1 than SM-1.2
            if (d < bestDistance || (d == bestDistance && best != null && prefix > bestPrefix)) {
                best = k;
                bestDistance = d;
                bestPrefix = prefix;
            }
        }
        return best;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
