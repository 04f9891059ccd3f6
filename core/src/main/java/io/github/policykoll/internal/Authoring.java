package io.github.policykoll.internal;

import io.github.policykoll.RulePackException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The optional dependencies of policykoll-core, and a clear error when one is missing. An application that
 * evaluates posts with a precompiled rule pack needs none of them; loading rules from a directory (the classic
 * DRL build, for file and line numbers) and rule packs without an executable model do.
 */
final class Authoring {
    private Authoring() {
    }

    private static final String MVEL = "org.drools:drools-mvel";
    private static final String DRL_PARSER = "org.drools:drools-drl-parser";
    private static final String ECJ = "org.eclipse.jdt:ecj";
    private static final String XML_SUPPORT = "org.drools:drools-xml-support";
    /** The optional dependencies, each with the classes it must bring. */
    private static final Map<String, List<String>> CLASSES = Map.of(
            MVEL, List.of("org.drools.mvel.MVELConstraint"),
            DRL_PARSER, List.of("org.drools.drl.parser.DrlParser"),
            ECJ, List.of("org.eclipse.jdt.internal.compiler.Compiler"),
            XML_SUPPORT, List.of("org.drools.xml.support.XMLSupportImpl", "com.thoughtworks.xstream.XStream"));

    /** Throws a {@link RulePackException} naming every missing dependency that loading a rule directory needs. */
    static void requireDirectoryBuild() {
        String missing = missing(MVEL, DRL_PARSER, ECJ);
        if (!missing.isEmpty()) {
            throw new RulePackException("loading rules from a directory needs " + missing
                    + " on the classpath (optional dependencies of policykoll-core; the command line has them)", null);
        }
    }

    /**
     * Throws a {@link RulePackException} when a rule pack without an executable model cannot be read: its
     * kmodule.xml needs the XML support and its DRL, compiled when it is loaded, the classic build.
     */
    static void requireKieModuleSupport(String pack) {
        String missing = missing(XML_SUPPORT, MVEL, DRL_PARSER);
        if (!missing.isEmpty()) {
            throw new RulePackException("rule pack '" + pack + "' has no executable model (model= in its descriptor), "
                    + "and reading its kmodule.xml and compiling its rules needs " + missing + " on the classpath",
                    null);
        }
    }

    /** The artifacts among {@code artifacts} whose classes are not on the classpath, comma-separated. */
    private static String missing(String... artifacts) {
        List<String> out = new ArrayList<>();
        for (String artifact : artifacts) {
            if (!CLASSES.get(artifact).stream().allMatch(Authoring::present)) {
                out.add(artifact);
            }
        }
        return String.join(", ", out);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Authoring.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
