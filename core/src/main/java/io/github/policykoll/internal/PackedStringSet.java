package io.github.policykoll.internal;

import java.util.Arrays;

/**
 * A set of strings kept in three arrays: the characters of every member one after another, and an open-addressing
 * hash table of where each member starts and of its hash. Built once, then only read (thread-safe after building).
 *
 * <p>Made for the 150,000 stems of the Swedish word list: as a {@code HashSet<String>} they were about 480,000
 * objects and 16 MB that the first young collection after loading copied and traced; here they are three arrays of
 * about 7.5 MB with no reference in them, and a look-up compares characters without making anything.
 */
final class PackedStringSet {
    /** Per member: its length, then its characters. */
    private final char[] chars;
    /** Per slot, 1 + where a member starts in {@link #chars}, or 0 for an empty slot. */
    private final int[] slots;
    /** Per slot, the member's {@link String#hashCode()}, compared before the characters. */
    private final int[] hashes;
    private final int mask;
    private final int size;

    /** A builder: add members, then {@link #build}. Not thread-safe. */
    static final class Builder {
        private char[] chars = new char[1 << 16];
        private int used;
        private int[] starts = new int[1 << 12];
        private int count;

        /** Adds {@code s} (a member added twice is kept once). */
        Builder add(String s) {
            if (s.length() > Character.MAX_VALUE) {
                throw new IllegalArgumentException("a member of at most 65,535 characters, not " + s.length());
            }
            if (used + 1 + s.length() > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + 1 + s.length()));
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = used;
            chars[used++] = (char) s.length();
            s.getChars(0, s.length(), chars, used);
            used += s.length();
            return this;
        }

        PackedStringSet build() {
            return new PackedStringSet(Arrays.copyOf(chars, used), starts, count);
        }
    }

    private PackedStringSet(char[] chars, int[] starts, int count) {
        int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1; // at most half full
        int[] table = new int[capacity];
        int[] hashOf = new int[capacity];
        int m = capacity - 1;
        int members = 0;
        for (int k = 0; k < count; k++) {
            int start = starts[k];
            int len = chars[start];
            int h = hash(chars, start + 1, len);
            int i = mix(h) & m;
            boolean known = false;
            for (; table[i] != 0; i = (i + 1) & m) {
                if (hashOf[i] == h && equal(chars, table[i] - 1, chars, start + 1, len)) {
                    known = true; // added twice: the first is kept, the second's characters stay unused
                    break;
                }
            }
            if (!known) {
                table[i] = start + 1;
                hashOf[i] = h;
                members++;
            }
        }
        this.chars = chars;
        this.slots = table;
        this.hashes = hashOf;
        this.mask = m;
        this.size = members;
    }

    /** Whether {@code s} is a member. */
    boolean contains(String s) {
        int h = s.hashCode();
        int len = s.length();
        for (int i = mix(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h) {
                int start = slots[i] - 1;
                if (chars[start] == len && matches(s, start + 1, len)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of members. */
    int size() {
        return size;
    }

    private boolean matches(String s, int at, int len) {
        for (int k = 0; k < len; k++) {
            if (chars[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the member at {@code member} (its length, then its characters) is {@code other[from, from + len)}. */
    private static boolean equal(char[] a, int member, char[] other, int from, int len) {
        if (a[member] != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (a[member + 1 + k] != other[from + k]) {
                return false;
            }
        }
        return true;
    }

    /** {@link String#hashCode()} of {@code chars[from, from + len)}. */
    private static int hash(char[] chars, int from, int len) {
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + chars[from + k];
        }
        return h;
    }

    private static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }
}
