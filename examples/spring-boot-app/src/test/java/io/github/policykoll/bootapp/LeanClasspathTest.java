package io.github.policykoll.bootapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policykoll.PolicyEngine;
import io.github.policykoll.Post;
import io.github.policykoll.RulePackException;
import io.github.policykoll.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This application depends on the starter and the Swedish rule pack only, as an embedder would: what a rule
 * author or the command line needs must not be on its classpath, the precompiled pack must work without it, and
 * asking for an authoring feature must say which dependency to add.
 */
class LeanClasspathTest {

    @Test
    void authoringAndCodeGenerationStayOffAnEmbeddersClasspath() {
        for (String absent : new String[] {
                "picocli.CommandLine",                              // the command line
                "org.drools.mvel.MVELConstraint",                   // the classic DRL build
                "org.drools.drl.parser.DrlParser",                  // the DRL parser (ANTLR)
                "org.eclipse.jdt.internal.compiler.Compiler",       // the Java compiler of the classic build
                "org.drools.model.codegen.ExecutableModelProject",  // the executable model's generator
                "com.github.javaparser.JavaParser",
                "com.thoughtworks.xstream.XStream"}) {
            assertThat(present(absent)).as(absent).isFalse();
        }
    }

    @Test
    void thePrecompiledPackEvaluatesWithoutThem() {
        try (PolicyEngine engine = PolicyEngine.builder().build()) {
            assertThat(engine.evaluate(Post.of("Kommunalrådet är en idiot.")).verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(engine.evaluate(Post.of("Vi vill bygga fler hyresrätter i Botkyrka.")).verdict())
                    .isEqualTo(Verdict.PASS);
        }
    }

    @Test
    void aRuleDirectoryNamesTheDependenciesItNeeds(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("regel.drl"), "package x;\n");
        assertThatThrownBy(() -> PolicyEngine.builder().rulesDirectory(dir).build())
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("org.drools:drools-mvel")
                .hasMessageContaining("org.drools:drools-drl-parser")
                .hasMessageContaining("org.eclipse.jdt:ecj");
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, LeanClasspathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
