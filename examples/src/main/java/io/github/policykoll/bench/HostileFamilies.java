package io.github.policykoll.bench;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * More families of hostile input than {@link HostileInputBenchmark} (written after it, not tuned on): each piece
 * repeated to 10,000, 100,000 and 1,000,000 characters, best of a few evaluations in one warm JVM, with the time
 * per character, which must stay flat or fall. A plain loop, steadier on this machine than JMH at 1 MB:
 * {@code java -Xmx4g -cp 'examples/target/classes:examples/target/lib/*' io.github.policykoll.bench.HostileFamilies}
 */
public final class HostileFamilies {
    private HostileFamilies() {
    }


    public static void main(String[] args) {
    Map<String,String> fam = new LinkedHashMap<>();
    fam.put("longword", "a");
    fam.put("bangs", "!");
    fam.put("newlines", "\n");
    fam.put("hashtags", "#tagg ");
    fam.put("urls", "https://x.se/a?b=1 ");
    fam.put("caps", "ABC DEF! ");
    fam.put("capnames", "ANNA LINDQVIST skriver. "); // each run asks the lexicon whether it is names
    fam.put("digits", "12345678 ");
    fam.put("emails", "a.b@c.se ");
    fam.put("arabic", "مرحبا بالعالم ");
    fam.put("spaced", "i d i o t ");
    fam.put("stretched", "idioooooot ");
    fam.put("quotes", "\"Du är en idiot\" sa han. ");
    fam.put("addresses", "Storgatan 12, 111 22 Stockholm. ");
    fam.put("pnr", "19850312-1234 ");
    fam.put("emojizwj", "👨‍👩‍👧‍👦");
    fam.put("surrogates", "𝐢𝐝𝐢𝐨𝐭 ");
    try (PolicyEngine e = PolicyEngine.builder().maxTextLength(2_000_000).build()) {
      for (int w = 0; w < 3; w++) for (String p : fam.values()) e.evaluate(Post.of(p.repeat(10_000 / p.length() + 1)));
      for (var f : fam.entrySet()) {
        StringBuilder out = new StringBuilder(f.getKey());
        double prev = 0;
        for (int n : new int[] {10_000, 100_000, 1_000_000}) {
          String t = f.getValue().repeat(n / f.getValue().length() + 1).substring(0, n);
          if (Character.isHighSurrogate(t.charAt(t.length()-1))) t = t.substring(0, t.length()-1);
          long best = Long.MAX_VALUE;
          for (int i = 0; i < (n > 100_000 ? 2 : 4); i++) { long t0 = System.nanoTime(); e.evaluate(Post.of(t)); best = Math.min(best, System.nanoTime() - t0); }
          out.append(String.format(Locale.ROOT, " | %d: %.1f ms (%.0f ns/char)", n, best / 1e6, (double) best / n));
        }
        System.out.println(out);
      }
    }
  }
}
