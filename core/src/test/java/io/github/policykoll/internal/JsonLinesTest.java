package io.github.policykoll.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static List<JsonLines.Line> read(byte[] input, int maxBytes) throws IOException {
        List<JsonLines.Line> out = new ArrayList<>();
        try (JsonLines lines = new JsonLines(new ByteArrayInputStream(input), maxBytes)) {
            for (JsonLines.Line l = lines.next(); l != null; l = lines.next()) {
                out.add(l);
            }
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bomCrlfAndALastLineWithoutLineFeed() throws IOException {
        assertThat(read(utf8("\uFEFFa\r\nb\r\nc"), 100)).containsExactly(new JsonLines.Line(1, "a", null),
                new JsonLines.Line(2, "b", null), new JsonLines.Line(3, "c", null));
        assertThat(read(utf8("a\n\nb\n"), 100)).extracting(JsonLines.Line::text).containsExactly("a", "", "b");
        assertThat(read(new byte[0], 100)).isEmpty();
        // a byte-order mark is only skipped before the first line
        assertThat(read(utf8("a\n\uFEFFb"), 100)).extracting(JsonLines.Line::text).containsExactly("a", "\uFEFFb");
    }

    @Test
    void invalidUtf8CostsOnlyItsLine() throws IOException {
        byte[] in = {'o', 'k', '\n', 'd', (byte) 0xE4, 'r', '\n', (byte) 0xC3, (byte) 0xA5, '\n'};
        assertThat(read(in, 100)).containsExactly(new JsonLines.Line(1, "ok", null),
                new JsonLines.Line(2, null, "the line is not valid UTF-8 (byte 2)"), new JsonLines.Line(3, "å", null));
    }

    @Test
    void overLongLineIsSkippedAndTheNextOneRead() throws IOException {
        List<JsonLines.Line> lines = read(utf8("x".repeat(1_000_000) + "\nok\n"), 1000);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).error()).startsWith("the line is longer than 1,000 bytes");
        assertThat(lines.get(1)).isEqualTo(new JsonLines.Line(2, "ok", null));
        assertThat(read(utf8("x".repeat(1000) + "\n"), 1000).get(0).text()).hasSize(1000);
    }

    /** hasLine says whether the next line is whole in what was read, so that a caller never waits for input. */
    @Test
    void hasLineOnlyWhenALineFeedIsBuffered() throws IOException {
        java.io.PipedOutputStream producer = new java.io.PipedOutputStream();
        try (JsonLines lines = new JsonLines(new java.io.PipedInputStream(producer, 1024), 100)) {
            assertThat(lines.hasLine()).isFalse(); // nothing read yet
            producer.write(utf8("a\nb\nc"));
            assertThat(lines.next().text()).isEqualTo("a");
            assertThat(lines.hasLine()).isTrue(); // "b\n" is buffered
            assertThat(lines.next().text()).isEqualTo("b");
            assertThat(lines.hasLine()).isFalse(); // "c" without its line feed: next() would wait
            producer.write(utf8("\n"));
            producer.close();
            assertThat(lines.next().text()).isEqualTo("c");
            assertThat(lines.hasLine()).isFalse();
            assertThat(lines.next()).isNull();
        }
    }

    /** Chunks of 1, 2, 4, 8, then 16 lines; a chunk ends early at 32,768 characters or where the read input ends. */
    @Test
    void chunksGrowToSixteenLinesAndEndAtTheCharacterLimit() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            in.append(i == 33 ? "x".repeat(JsonLines.CHUNK_CHARS) : "line" + i).append('\n');
        }
        List<Integer> sizes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (JsonLines lines = new JsonLines(new ByteArrayInputStream(utf8(in.toString())), 100_000)) {
            for (List<JsonLines.Line> c = lines.nextChunk(); c != null; c = lines.nextChunk()) {
                sizes.add(c.size());
                c.forEach(l -> texts.add(l.text()));
            }
        }
        // 1 + 2 + 4 + 8 + 16 = 31 lines; line 32 starts a chunk and line 33 fills it past the limit
        assertThat(sizes).containsExactly(1, 2, 4, 8, 16, 2, 7);
        assertThat(texts).hasSize(40).startsWith("line1", "line2").endsWith("line40");

        java.io.PipedOutputStream producer = new java.io.PipedOutputStream();
        try (JsonLines lines = new JsonLines(new java.io.PipedInputStream(producer, 1024), 100)) {
            producer.write(utf8("a\n"));
            lines.nextChunk(); // the first chunk: one line
            producer.write(utf8("b\nc"));
            // "c" has no line feed yet: the chunk takes "b" and does not wait for it
            assertThat(lines.nextChunk()).extracting(JsonLines.Line::text).containsExactly("b");
            producer.write(utf8("\n"));
            producer.close();
            assertThat(lines.nextChunk()).extracting(JsonLines.Line::text).containsExactly("c");
            assertThat(lines.nextChunk()).isNull();
        }
    }
}
