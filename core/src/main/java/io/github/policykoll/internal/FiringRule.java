package io.github.policykoll.internal;

import java.util.Map;

/**
 * The metadata of the rule whose consequence is running on this thread. Set by the engine's agenda
 * listener just before a consequence runs and cleared just after, so that {@code new Hit(...)} in a
 * consequence knows which rule made it without any global.
 */
public record FiringRule(String id, String name, String guideline, String severity, String message,
        String suggestion, boolean classification) {

    /**
     * The metadata of a rule that only marks up the text for other rules: it reports no finding and inserts only
     * facts of types the pack declares (its marks), which {@link PossibleFirings} relies on.
     */
    public static final String CLASSIFICATION = "classification";

    private static final ThreadLocal<FiringRule> CURRENT = new ThreadLocal<>();

    /** The rule firing on this thread. */
    public static FiringRule current() {
        FiringRule r = CURRENT.get();
        if (r == null) {
            throw new IllegalStateException("a Hit can only be made in a rule's consequence (then ...)");
        }
        return r;
    }

    static void enter(FiringRule rule) {
        CURRENT.set(rule);
    }

    static void exit() {
        CURRENT.remove();
    }

    /** Reads a rule's metadata; values missing from the rule are empty strings. */
    static FiringRule of(String name, Map<String, Object> meta) {
        return new FiringRule(meta(meta, "id", name), name, meta(meta, "guideline", ""), meta(meta, "severity", ""),
                meta(meta, "message", ""), meta(meta, "suggestion", ""), meta.containsKey(CLASSIFICATION));
    }

    static String meta(Map<String, Object> meta, String key, String fallback) {
        Object v = meta.get(key);
        if (v == null) {
            return fallback;
        }
        String s = v.toString().trim();
        // the classic DRL build keeps the quotes of @key("value"); the executable model does not
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
