package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policykoll.RulePackException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule pack's descriptor that names a wrong executable model gets an error that says what is wrong. */
class ClasspathPacksTest {
    @TempDir
    Path dir;

    private ClassLoader packWith(String model, String modelFile) throws IOException {
        Path meta = dir.resolve("META-INF/policykoll");
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("rulepack.properties"), "name=test\nversion=1\nkbase=test\n"
                + "wordlists=regler/ordlistor\nmodel=" + model + "\n", StandardCharsets.UTF_8);
        if (modelFile != null) {
            Files.writeString(dir.resolve(model), modelFile, StandardCharsets.UTF_8);
        }
        Files.createDirectories(dir.resolve("regler/ordlistor"));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void load_modelThatIsNotThere_saysSo() throws IOException {
        ClassLoader loader = packWith("drools-model-missing", null);
        assertThatThrownBy(() -> ClasspathPacks.load(loader, "test"))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("names the model drools-model-missing, which is not on the classpath");
    }

    @Test
    void load_modelNamingAClassThatIsNoModel_saysSo() throws IOException {
        ClassLoader loader = packWith("drools-model", "Drools-Model-Version:10.2.0\njava.lang.StringBuilder\n");
        assertThatThrownBy(() -> ClasspathPacks.load(loader, "test"))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("cannot load its model class");
    }

    @Test
    void load_modelNamingNoClass_saysSo() throws IOException {
        ClassLoader loader = packWith("drools-model", "Drools-Model-Version:10.2.0\n");
        assertThatThrownBy(() -> ClasspathPacks.load(loader, "test"))
                .isInstanceOf(RulePackException.class)
                .hasMessageContaining("names no model class");
    }
}
