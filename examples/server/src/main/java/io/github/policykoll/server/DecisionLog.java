package io.github.policykoll.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.Post;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The decision log: one JSON line per evaluation (time, post id, verdict, rule ids and guidelines, rule pack,
 * and a salted SHA-256 of the text), so that a party can answer "why was my comment hidden?". The text itself
 * is written only when asked for. The log and its salt ({@code FILE.salt}, kept so that a complaint's text
 * can be hashed again and found) are created readable and writable by their owner only.
 */
final class DecisionLog implements Closeable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final BufferedWriter out;
    private final byte[] salt;
    private final boolean logText;
    private final Clock clock;

    DecisionLog(Path file, boolean logText, Clock clock) throws IOException {
        this.logText = logText;
        this.clock = clock;
        Path saltFile = file.resolveSibling(file.getFileName() + ".salt");
        createOwnerOnly(saltFile);
        byte[] s = Files.readAllBytes(saltFile);
        if (s.length == 0) {
            s = HexFormat.of().formatHex(new SecureRandom().generateSeed(16)).getBytes(StandardCharsets.US_ASCII);
            Files.write(saltFile, s);
        }
        this.salt = s;
        createOwnerOnly(file);
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Creates {@code file} with owner-only permissions when it does not exist (on POSIX file systems). */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // appended to; its permissions are the owner's choice
        }
    }

    /** The salted SHA-256 of a text, as the log writes it (hex). */
    String hash(String text) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(salt);
            d.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Writes one decision; thread-safe, flushed at once so that a crash loses nothing. */
    void write(Post post, Evaluation e, String source) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("time", clock.instant().toString());
        n.put("source", source);
        n.put("postId", e.postId());
        n.put("verdict", e.verdict().id());
        Set<String> rules = new LinkedHashSet<>();
        Set<String> guidelines = new LinkedHashSet<>();
        for (Finding f : e.findings()) {
            rules.add(f.ruleId());
            guidelines.add(f.guideline());
        }
        ArrayNode r = n.putArray("rules");
        rules.forEach(r::add);
        ArrayNode g = n.putArray("guidelines");
        guidelines.forEach(g::add);
        n.putObject("rulePack").put("name", e.rulePack().name()).put("version", e.rulePack().version());
        n.put("textSha256", hash(post.text()));
        if (logText) {
            n.put("text", post.text());
        }
        String line = n.toString();
        synchronized (out) {
            try {
                out.write(line);
                out.newLine();
                out.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the decision log", ex);
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}
