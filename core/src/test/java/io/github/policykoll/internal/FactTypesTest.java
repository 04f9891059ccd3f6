package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policykoll.facts.PostInfo;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fact types a rule author is offered when a name is misspelt are exactly the package's fact classes. */
class FactTypesTest {
    @Test
    void suggestionsNameEveryFactClassAndNothingElse() throws Exception {
        List<String> classes = new ArrayList<>();
        for (Class<?> c : factClasses()) {
            if (Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(c.getModifiers()) && !c.isInterface()
                    && c.getEnclosingClass() == null) {
                classes.add(c.getSimpleName());
            }
        }
        assertThat(classes).contains("Term", "PostInfo", "Hit");
        assertThat(DrlErrors.FACTS).containsExactlyInAnyOrderElementsOf(classes);
    }

    private static List<Class<?>> factClasses() throws URISyntaxException, java.io.IOException, ClassNotFoundException {
        Path dir = Path.of(PostInfo.class.getResource("PostInfo.class").toURI()).getParent();
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                    out.add(Class.forName(PostInfo.class.getPackageName() + "." + name.replace(".class", "")));
                }
            }
        }
        return out;
    }
}
