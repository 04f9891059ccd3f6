package io.github.policykoll.internal;

import io.github.policykoll.RulePack;
import io.github.policykoll.RulePackException;
import io.github.policykoll.RulePackException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieContainer;

/**
 * Finds precompiled rule packs on the classpath. A rule pack jar has
 * {@value #DESCRIPTOR} with {@code name}, {@code version}, {@code kbase} (the KieBase in its
 * kmodule.xml) and {@code wordlists} (the resource folder of its word lists).
 */
public final class ClasspathPacks {
    public static final String DESCRIPTOR = "META-INF/policykoll/rulepack.properties";

    private ClasspathPacks() {
    }

    /** Loads the rule pack called {@code name}, or the only one there is when {@code name} is null. */
    public static LoadedPack load(ClassLoader loader, String name) {
        Properties props = descriptor(loader, name);
        String kbase = required(props, "kbase");
        RulePack info = new RulePack(required(props, "name"), required(props, "version"));
        List<Problem> problems = new ArrayList<>();
        List<WordList> lists = wordLists(loader, required(props, "wordlists"), problems);
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        CompletableFuture<TextAnalyzer> analyzer = LoadedPack.analyzerInBackground(lists);
        String model = props.getProperty("model");
        KieBase kieBase = model == null || model.isBlank() ? fromKieModule(loader, kbase, info)
                : fromModel(loader, model.trim(), info);
        return new LoadedPack(info, kieBase, analyzer, Map.of(), guidelines(loader, props, info));
    }

    /**
     * The pack's guideline catalogue, the resource its descriptor names under {@code guidelines} (e.g.
     * {@code policy/guidelines.md}); empty when it names none.
     */
    private static List<io.github.policykoll.Guideline> guidelines(ClassLoader loader, Properties props, RulePack info) {
        String resource = props.getProperty("guidelines");
        if (resource == null || resource.isBlank()) {
            return List.of();
        }
        try (InputStream in = loader.getResourceAsStream(resource.strip())) {
            if (in == null) {
                throw new RulePackException("rule pack '" + info.name() + "' names the guideline catalogue " + resource
                        + ", which is not on the classpath", null);
            }
            return GuidelineCatalogue.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The KieBase {@code kbase} of the KieModules on the classpath: scans every jar for a kmodule.xml. */
    private static KieBase fromKieModule(ClassLoader loader, String kbase, RulePack info) {
        Authoring.requireKieModuleSupport(info.name());
        KieContainer container = KieServices.Factory.get().getKieClasspathContainer(loader);
        try {
            return container.getKieBase(kbase);
        } catch (RuntimeException e) {
            throw new RulePackException("rule pack '" + info.name() + "' has no KieBase '" + kbase
                    + "' in its kmodule.xml: " + e.getMessage(), e);
        }
    }

    /**
     * The KieBase built straight from the executable model classes that {@code resource} (written by
     * kie-maven-plugin: a version line, then one class name per line) names.
     */
    private static KieBase fromModel(ClassLoader loader, String resource, RulePack info) {
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RulePackException("rule pack '" + info.name() + "' names the model " + resource
                        + ", which is not on the classpath: was the pack built with kie-maven-plugin?", null);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.contains(":")) {
                    continue; // the "Drools-Model-Version: ..." header
                }
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new RulePackException("rule pack '" + info.name() + "': cannot load its model class ("
                    + e + ")", e);
        }
        if (models.isEmpty()) {
            throw new RulePackException("rule pack '" + info.name() + "': " + resource + " names no model class", null);
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static Properties descriptor(ClassLoader loader, String name) {
        List<Properties> found = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(DESCRIPTOR))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                if (name == null || name.equals(p.getProperty("name"))) {
                    found.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DESCRIPTOR, e);
        }
        if (found.isEmpty()) {
            throw new RulePackException(name == null
                    ? "no rule pack on the classpath: add the policykoll-rules-sv dependency (no " + DESCRIPTOR + " found)"
                    : "no rule pack named '" + name + "' on the classpath", null);
        }
        if (name == null && found.size() > 1) {
            throw new RulePackException("several rule packs on the classpath ("
                    + found.stream().map(p -> p.getProperty("name")).toList() + "): choose one with rulePack(name)",
                    null);
        }
        return found.get(0);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new RulePackException(DESCRIPTOR + " has no '" + key + "'", null);
        }
        return v.trim();
    }

    /** Reads every {@code *.txt} in the resource folder {@code folder}, in name order. */
    static List<WordList> wordLists(ClassLoader loader, String folder, List<Problem> problems) {
        List<WordList> out = new ArrayList<>();
        for (Map.Entry<String, String> e : resources(loader, folder, ".txt").entrySet()) {
            String file = e.getKey();
            String listName = file.substring(file.lastIndexOf('/') + 1, file.length() - 4);
            out.add(WordList.parse(listName, file, e.getValue().lines().toList(), problems));
        }
        return out;
    }

    /**
     * The UTF-8 resources directly in the folder {@code folder} whose names end with {@code suffix}, by
     * resource path in name order; empty when the folder does not exist.
     */
    public static Map<String, String> resources(ClassLoader loader, String folder, String suffix) {
        URL url = loader.getResource(folder);
        Map<String, String> out = new TreeMap<>();
        if (url == null) {
            return out;
        }
        try {
            if (url.getProtocol().equals("file")) {
                try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                        out.put(folder + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
                return out;
            }
            if (url.getProtocol().equals("jar")) {
                JarURLConnection conn = (JarURLConnection) url.openConnection();
                conn.setUseCaches(false);
                try (JarFile jar = conn.getJarFile()) {
                    for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                        JarEntry e = en.nextElement();
                        String n = e.getName();
                        if (n.startsWith(folder + "/") && n.endsWith(suffix) && n.indexOf('/', folder.length() + 1) < 0) {
                            try (InputStream in = jar.getInputStream(e)) {
                                out.put(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
                return out;
            }
        } catch (IOException | URISyntaxException e) {
            throw new RulePackException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        throw new RulePackException("cannot list resources at " + url, null);
    }
}
