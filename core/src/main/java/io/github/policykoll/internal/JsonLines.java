package io.github.policykoll.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSON Lines as bytes and decodes each line on its own, so that one bad line costs that line only: a
 * line that is not UTF-8, or longer than the limit, becomes an error for that line and the next line is read
 * as usual. A UTF-8 byte-order mark before the first line is skipped, a carriage return before a line feed is
 * dropped, and an over-long line is skipped without being held in memory. Not thread-safe.
 */
public final class JsonLines implements Closeable {
    /** One line: its 1-based number and its text, or an error saying why there is no text. */
    public record Line(long number, String text, String error) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[65_536];
    private int pos;
    private int end;
    private byte[] line = new byte[1024];
    private long number;
    private boolean eof;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /**
     * The longest JSON line (or request body) that can hold a post of {@code maxTextLength} characters: a JSON
     * line may escape every character ({@code \\uXXXX}: 6 bytes) and carries some metadata besides.
     */
    public static int maxLineBytes(int maxTextLength) {
        return (int) Math.min(Integer.MAX_VALUE - 16, 6L * maxTextLength + 65_536);
    }

    /** A reader for posts of at most {@code maxTextLength} characters ({@link #maxLineBytes}). */
    public static JsonLines forPosts(InputStream in, int maxTextLength) {
        return new JsonLines(in, maxLineBytes(maxTextLength));
    }

    /** @param maxBytes the longest line to read, in bytes; a longer one is an error for its line */
    public JsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null after the last. */
    public Line next() throws IOException {
        if (eof) {
            return null;
        }
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    eof = true;
                    break;
                }
            }
            any = true;
            byte b = buffer[pos++];
            if (b == '\n') {
                break;
            }
            if (tooLong) {
                continue;
            }
            if (length == maxBytes) {
                tooLong = true;
                continue;
            }
            if (length == line.length) {
                line = java.util.Arrays.copyOf(line, (int) Math.min(maxBytes, line.length * 2L));
            }
            line[length++] = b;
        }
        if (!any) {
            return null; // the input ended with a line feed (or was empty)
        }
        long no = ++number;
        if (tooLong) {
            return new Line(no, null, String.format(Locale.ROOT, "the line is longer than %,d bytes (the limit follows from --max-text-length)", maxBytes));
        }
        int from = 0;
        if (no == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            from = 3; // a byte-order mark, as Windows tools write
        }
        if (length > from && line[length - 1] == '\r') {
            length--;
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, from, length - from);
        CharBuffer chars = CharBuffer.allocate(length - from);
        decoder.reset();
        CoderResult r = decoder.decode(bytes, chars, true);
        if (!r.isError()) {
            r = decoder.flush(chars);
        }
        if (r.isError()) {
            return new Line(no, null, "the line is not valid UTF-8 (byte " + (bytes.position() + 1 - from) + ")");
        }
        chars.flip();
        return new Line(no, chars.toString(), null);
    }

    /** The most lines in one {@link #nextChunk}. */
    public static final int CHUNK_LINES = 16;
    /** A chunk ends once its lines hold this many characters: a long post goes (nearly) alone. */
    public static final int CHUNK_CHARS = 32_768;
    /** The most lines the next chunk takes: 1, 2, 4, 8, then {@link #CHUNK_LINES}. */
    private int chunkLines = 1;

    /**
     * The next line and the lines after it that are already read, for threads to work on together: up to
     * {@link #CHUNK_LINES} lines or {@link #CHUNK_CHARS} characters, fewer for the first chunks (1, 2, 4, 8 lines, so
     * that the first answer does not wait for many). It waits for the input only for its first line, so that a
     * writer that sends one line and waits for its answer gets it. Null after the last line.
     */
    public List<Line> nextChunk() throws IOException {
        Line first = next();
        if (first == null) {
            return null;
        }
        List<Line> chunk = new ArrayList<>(chunkLines);
        chunk.add(first);
        long chars = first.text() != null ? first.text().length() : 0;
        while (chunk.size() < chunkLines && chars < CHUNK_CHARS && hasLine()) {
            Line more = next();
            chunk.add(more);
            chars += more.text() != null ? more.text().length() : 0;
        }
        chunkLines = Math.min(CHUNK_LINES, chunkLines * 2);
        return chunk;
    }

    /**
     * Whether {@link #next} can return a whole line from what is already read, without waiting for the input: a
     * line feed is buffered. False says nothing about the input (more may be on its way).
     */
    boolean hasLine() {
        for (int k = pos; k < end; k++) {
            if (buffer[k] == '\n') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
