package io.github.policykoll.bootapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * policykoll-core is a named module ({@code io.github.policykoll}): an application on the module path reaches its
 * API and the Swedish rule pack works there, while the implementation packages are not exported to it. Compiles
 * a small module against the library's runtime jars (those of core and rules-sv, taken from this app's class
 * path) and runs it in a fresh JVM.
 */
class ModulePathTest {
    /** The runtime dependencies of policykoll-core and policykoll-rules-sv, nothing of Spring's. */
    private static final List<String> LIBRARY = List.of("policykoll-core", "policykoll-rules-sv", "drools-", "kie-",
            "slf4j-api", "language-sv", "morfologik-", "commons-codec", "antlr-runtime");

    @TempDir
    Path dir;

    @Test
    void anApplicationModuleEvaluatesPostsThroughTheExportedApi() throws Exception {
        String modulePath = libraryModulePath();
        Path src = write("module-info.java", """
                module embedder {
                    requires io.github.policykoll;
                    requires io.github.policykoll.rules.sv;
                }
                """);
        Path main = write("app/Main.java", """
                package app;
                import io.github.policykoll.PolicyEngine;
                import io.github.policykoll.Post;
                public class Main {
                    public static void main(String[] args) {
                        try (PolicyEngine engine = PolicyEngine.builder().build()) {
                            for (String text : args) {
                                System.out.println(engine.evaluate(Post.of(text)).verdict());
                            }
                        }
                    }
                }
                """);
        Path out = dir.resolve("out/embedder");
        assertThat(compile(modulePath, out, src, main)).isEmpty();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--module-path", out.getParent() + File.pathSeparator + modulePath,
                "-m", "embedder/app.Main", "Kommunalrådet är en idiot.", "Vi vill bygga fler hyresrätter i Botkyrka.")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(stdout.lines()).containsExactly("BLOCK", "PASS");
    }

    @Test
    void theImplementationPackagesAreNotExported() throws Exception {
        Path src = write("module-info.java", "module embedder { requires io.github.policykoll; }\n");
        Path main = write("app/Main.java", """
                package app;
                public class Main {
                    Object pack = io.github.policykoll.internal.ClasspathPacks.class;
                }
                """);
        assertThat(compile(libraryModulePath(), dir.resolve("out/embedder"), src, main))
                .contains("package io.github.policykoll.internal is declared in module io.github.policykoll, "
                        + "which does not export it");
    }

    /** Compiles to {@code out}; returns the compiler's messages (empty when it compiled cleanly). */
    private static String compile(String modulePath, Path out, Path... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // an explicit, empty class path: javac would otherwise take this test JVM's, which holds the library too
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--module-path", modulePath,
                "--class-path", out.toString(), "-Xlint:none"));
        for (Path s : sources) {
            args.add(s.toString());
        }
        StringWriter messages = new StringWriter();
        OutputStream err = new OutputStream() {
            @Override
            public void write(int b) {
                messages.write(b);
            }
        };
        int rc = javac.run(null, null, err, args.toArray(String[]::new));
        return rc == 0 ? "" : messages.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("src/embedder").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    /**
     * The library's entries of this JVM's class path; a reactor build may give a module's classes folder
     * instead of its jar, which is packed into a jar (a folder without module-info cannot be a module).
     */
    private String libraryModulePath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            String name = path.getFileName().toString();
            if (Files.isDirectory(path)) {
                Path module = path.getParent() == null ? null : path.getParent().getParent();
                String folder = module == null ? "" : module.getFileName().toString();
                if (folder.equals("core") || folder.equals("rules-sv")) {
                    entries.add(jar(path, "policykoll-" + folder + ".jar").toString());
                }
            } else if (LIBRARY.stream().anyMatch(name::startsWith)) {
                entries.add(entry);
            }
        }
        assertThat(entries).anyMatch(e -> e.contains("policykoll-core")).anyMatch(e -> e.contains("policykoll-rules-sv"));
        return String.join(File.pathSeparator, entries);
    }

    private Path jar(Path classes, String name) throws IOException {
        Path jar = dir.resolve("jars").resolve(name);
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
