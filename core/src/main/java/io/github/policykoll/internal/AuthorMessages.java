package io.github.policykoll.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messages rule authors get from {@code rules test} about the rules themselves, in Swedish, by key;
 * {@code %s} and {@code %d} are filled in. One table, so that the guide's table of messages
 * (rules-sv/README.md, "Felmeddelanden") can be tested against it and cannot go stale.
 */
public final class AuthorMessages {
    private static final Map<String, String> MESSAGES = new LinkedHashMap<>();

    static {
        MESSAGES.put("header", "filen saknar sitt huvud: skriv överst \"package regler;\" och "
                + "\"import io.github.policykoll.facts.*;\"");
        MESSAGES.put("end", "regeln \"%s\" saknar \"end\": skriv end på en egen rad efter regelns then-del");
        MESSAGES.put("semicolon", "raden saknar \";\" på slutet");
        MESSAGES.put("type", "faktatypen \"%s\" finns inte%s");
        MESSAGES.put("duplicate", "regelnamnet \"%s\" finns redan (%s): ge regeln ett eget namn");
        MESSAGES.put("syntax", "syntaxfel här (Drools: %s)");
        MESSAGES.put("other", "regeln går inte att kompilera (Drools: %s)");
        MESSAGES.put("list", "ordlistan \"%s\" finns inte i ordlistor/%s");
        MESSAGES.put("yes-no", "fältet %s är ja eller nej: skriv %s == true eller %s == false, inte \"%s\"");
        MESSAGES.put("number", "fältet %s är ett tal: skriv talet utan citattecken, inte \"%s\"");
        MESSAGES.put("guideline", "riktlinjen \"%s\" finns inte i %s%s");
        MESSAGES.put("loop", "regeln \"%s\" utlöser sig själv: den gick %d gånger på ett inlägg (%s); det den "
                + "lägger till får inte uppfylla dess eget villkor igen");
        MESSAGES.put("examples", "regeln \"%s\" (%s) har %d exempel som ska flaggas och %d som ska godkännas: "
                + "skriv minst %d av varje sort under [%s] i en .exempel-fil (eller säg varför inte med "
                + "@examples(\"...\") i regeln)");
    }

    private AuthorMessages() {
    }

    /** The message {@code key} with {@code args} filled in. */
    public static String of(String key, Object... args) {
        String m = MESSAGES.get(key);
        if (m == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return String.format(m, args);
    }

    /** Every message, by key, as written with its placeholders. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(MESSAGES);
    }
}
