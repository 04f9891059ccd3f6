package io.github.policykoll.internal;

import io.github.policykoll.RulePackException;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional dependencies of policykoll-core, and a clear error when one is missing. An application that
 * evaluates posts with a precompiled rule pack needs none of them; loading rules from a directory (the classic
 * DRL build, for file and line numbers) and rule packs without an executable model do.
 */
final class Authoring {
    private Authoring() {
    }

    /** Throws a {@link RulePackException} naming every missing dependency that loading a rule directory needs. */
    static void requireDirectoryBuild() {
        List<String> missing = new ArrayList<>();
        if (!present("org.drools.mvel.MVELConstraint")) {
            missing.add("org.drools:drools-mvel");
        }
        if (!present("org.drools.drl.parser.DrlParser")) {
            missing.add("org.drools:drools-drl-parser");
        }
        if (!present("org.eclipse.jdt.internal.compiler.Compiler")) {
            missing.add("org.eclipse.jdt:ecj");
        }
        if (!missing.isEmpty()) {
            throw new RulePackException("loading rules from a directory needs " + String.join(", ", missing)
                    + " on the classpath (optional dependencies of policykoll-core; the command line has them)", null);
        }
    }

    /**
     * Throws a {@link RulePackException} when a rule pack without an executable model cannot be read: its
     * kmodule.xml needs the XML support and its DRL, compiled when it is loaded, the classic build.
     */
    static void requireKieModuleSupport(String pack) {
        List<String> missing = new ArrayList<>();
        if (!present("org.drools.xml.support.XMLSupportImpl") || !present("com.thoughtworks.xstream.XStream")) {
            missing.add("org.drools:drools-xml-support");
        }
        if (!present("org.drools.mvel.MVELConstraint")) {
            missing.add("org.drools:drools-mvel");
        }
        if (!present("org.drools.drl.parser.DrlParser")) {
            missing.add("org.drools:drools-drl-parser");
        }
        if (!missing.isEmpty()) {
            throw new RulePackException("rule pack '" + pack + "' has no executable model (model= in its descriptor), "
                    + "and reading its kmodule.xml and compiling its rules needs " + String.join(", ", missing)
                    + " on the classpath", null);
        }
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
