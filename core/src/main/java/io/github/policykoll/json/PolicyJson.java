package io.github.policykoll.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.policykoll.Evaluation;
import io.github.policykoll.Finding;
import io.github.policykoll.Post;
import io.github.policykoll.Span;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Posts and evaluations as JSON, exactly as in the contract ({@code shared/contract.md}). Thread-safe.
 */
public final class PolicyJson {
    /** Deeper nesting than this is an input error: no post needs it, and deep nesting is an attack. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longer numbers than this are an input error (1e999999 and its kind). */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private PolicyJson() {
    }

    /**
     * Reads one post.
     *
     * @param json one post as JSON (see the contract)
     * @return the post
     * @throws InvalidPostException saying in one sentence what is wrong
     */
    public static Post readPost(String json) throws InvalidPostException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            String msg = String.valueOf(e.getOriginalMessage());
            throw new InvalidPostException(msg.contains("nesting depth")
                    ? "the JSON is nested more than " + MAX_NESTING_DEPTH + " levels deep"
                    : msg.contains("Number value length")
                            ? "a number in the JSON is longer than " + MAX_NUMBER_LENGTH + " characters"
                            : "the JSON is too large: " + firstLine(msg));
        } catch (JsonProcessingException e) {
            String msg = String.valueOf(e.getOriginalMessage());
            java.util.regex.Matcher dup = DUPLICATE.matcher(msg);
            if (dup.find()) {
                throw new InvalidPostException("the key \"" + dup.group(1) + "\" appears twice in one object");
            }
            throw new InvalidPostException("not valid JSON: " + firstLine(msg)
                    + (e.getLocation() == null ? "" : " (column " + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidPostException("empty line: expected a JSON object with a \"text\" field");
        }
        return readPost(root);
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '([^']*)'");

    private static String firstLine(String msg) {
        int nl = msg.indexOf('\n');
        return nl > 0 ? msg.substring(0, nl) : msg;
    }

    /** Reads one post from a parsed JSON tree (not public: no Jackson type in the public API). */
    static Post readPost(JsonNode root) throws InvalidPostException {
        if (!root.isObject()) {
            throw new InvalidPostException("a post must be a JSON object, not " + kind(root));
        }
        String text = string(root, "text", "text");
        if (text == null) {
            throw new InvalidPostException("field \"text\" is required");
        }
        Post.Builder b = Post.builder(text)
                .id(string(root, "id", "id"))
                .language(string(root, "language", "language"))
                .platform(enumValue(root, "platform", Post.Platform.class))
                .kind(enumValue(root, "kind", Post.Kind.class))
                .visibility(enumValue(root, "visibility", Post.Visibility.class));
        JsonNode author = object(root, "author", "author");
        if (author != null) {
            b.author(author(author, "author"));
        }
        JsonNode media = array(root, "media");
        if (media != null) {
            for (int i = 0; i < media.size(); i++) {
                String where = "media[" + i + "]";
                JsonNode m = media.get(i);
                if (!m.isObject()) {
                    throw new InvalidPostException("field \"" + where + "\" must be an object, not " + kind(m));
                }
                Post.MediaType type = enumValue(m, "type", Post.MediaType.class, where + ".type");
                if (type == null) {
                    throw new InvalidPostException("field \"" + where + ".type\" is required (image or video)");
                }
                b.addMedia(new Post.Media(type, bool(m, "ownMaterial", where + ".ownMaterial", false),
                        string(m, "credit", where + ".credit"), string(m, "sourceUrl", where + ".sourceUrl"),
                        string(m, "altText", where + ".altText")));
            }
        }
        JsonNode links = array(root, "links");
        if (links != null) {
            for (int i = 0; i < links.size(); i++) {
                if (!links.get(i).isTextual()) {
                    throw new InvalidPostException("field \"links[" + i + "]\" must be a string, not "
                            + kind(links.get(i)));
                }
                b.addLink(links.get(i).asText());
            }
        }
        JsonNode shared = object(root, "sharedFrom", "sharedFrom");
        if (shared != null) {
            b.sharedFrom(new Post.SharedFrom(string(shared, "url", "sharedFrom.url"),
                    string(shared, "author", "sharedFrom.author")));
        }
        JsonNode reply = object(root, "inReplyTo", "inReplyTo");
        if (reply != null) {
            JsonNode ra = object(reply, "author", "inReplyTo.author");
            b.inReplyTo(new Post.InReplyTo(string(reply, "text", "inReplyTo.text"),
                    ra == null ? null : author(ra, "inReplyTo.author")));
        }
        b.commentsEnabled(bool(root, "commentsEnabled", "commentsEnabled", true));
        b.onOwnPage(bool(root, "onOwnPage", "onOwnPage", false));
        String created = string(root, "createdAt", "createdAt");
        if (created != null) {
            try {
                b.createdAt(OffsetDateTime.parse(created));
            } catch (DateTimeParseException e) {
                throw new InvalidPostException("field \"createdAt\" must be a date-time with offset like "
                        + "2026-11-24T10:15:00+01:00, not \"" + created + "\"");
            }
        }
        return b.build();
    }

    private static Post.Author author(JsonNode a, String where) throws InvalidPostException {
        return new Post.Author(string(a, "name", where + ".name"),
                enumValue(a, "role", Post.Role.class, where + ".role"), string(a, "bio", where + ".bio"));
    }

    private static String string(JsonNode node, String field, String where) throws InvalidPostException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidPostException("field \"" + where + "\" must be a string, not " + kind(v));
        }
        return v.asText();
    }

    private static boolean bool(JsonNode node, String field, String where, boolean dflt) throws InvalidPostException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            throw new InvalidPostException("field \"" + where + "\" must be true or false, not " + kind(v));
        }
        return v.asBoolean();
    }

    private static JsonNode object(JsonNode node, String field, String where) throws InvalidPostException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new InvalidPostException("field \"" + where + "\" must be an object, not " + kind(v));
        }
        return v;
    }

    private static JsonNode array(JsonNode node, String field) throws InvalidPostException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw new InvalidPostException("field \"" + field + "\" must be an array, not " + kind(v));
        }
        return v;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type)
            throws InvalidPostException {
        return enumValue(node, field, type, field);
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, String where)
            throws InvalidPostException {
        String s = string(node, field, where);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(s)) {
                return e;
            }
        }
        throw new InvalidPostException("field \"" + where + "\" must be one of "
                + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + ", not \"" + s + "\"");
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * An evaluation as one line of JSON, as in the contract.
     *
     * @param e the evaluation
     * @return one line of JSON, fields in contract order
     */
    public static String write(Evaluation e) {
        // by hand, with Jackson's own string escaping: the same bytes as its generator (tested against it), without
        // a generator, writer and buffers per answer, which cost check 5 % of its time
        StringBuilder out = new StringBuilder(160 + 320 * e.findings().size());
        out.append("{\"postId\":");
        string(out, e.postId());
        out.append(",\"verdict\":");
        string(out, e.verdict().id());
        out.append(",\"findings\":[");
        for (int i = 0; i < e.findings().size(); i++) {
            Finding f = e.findings().get(i);
            out.append(i == 0 ? "{\"ruleId\":" : ",{\"ruleId\":");
            string(out, f.ruleId());
            out.append(",\"guideline\":");
            string(out, f.guideline());
            if (!f.guidelineTitle().isEmpty()) {
                out.append(",\"guidelineTitle\":");
                string(out, f.guidelineTitle());
            }
            out.append(",\"severity\":");
            string(out, f.severity().id());
            out.append(",\"message\":");
            string(out, f.message());
            out.append(",\"suggestion\":");
            string(out, f.suggestion());
            out.append(",\"spans\":[");
            for (int k = 0; k < f.spans().size(); k++) {
                Span sp = f.spans().get(k);
                out.append(k == 0 ? "{\"start\":" : ",{\"start\":").append(sp.start())
                        .append(",\"end\":").append(sp.end()).append(",\"text\":");
                string(out, sp.text());
                out.append('}');
            }
            out.append("]}");
        }
        out.append("],\"rulePack\":{\"name\":");
        string(out, e.rulePack().name());
        out.append(",\"version\":");
        string(out, e.rulePack().version());
        return out.append("}}").toString();
    }

    /** {@code s} as a JSON string (or null), escaped as Jackson's generator escapes it by default. */
    private static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        if (needsEscape(s)) {
            out.append(JsonStringEncoder.getInstance().quoteAsString(s));
        } else {
            out.append(s);
        }
        out.append('"');
    }

    /** Whether {@code s} has a character JSON escapes: a quote, a backslash or a control character. */
    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * The error record of the command line: {@code {"line": N, "error": "..."}}.
     *
     * @param line  the line number, from 1
     * @param error what is wrong, one sentence
     * @return one line of JSON
     */
    public static String errorLine(long line, String error) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("line", line);
        n.put("error", error);
        return n.toString();
    }
}
