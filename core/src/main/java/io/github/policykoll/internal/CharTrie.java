package io.github.policykoll.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie of word-list forms, built once when a rule pack loads and then only read (thread-safe
 * after building). Walking it costs one step per character of the word, with no allocation: matching
 * beginnings ({@code idiotförklar*}), endings of compounds ({@code *pack}) and parts inside words is linear
 * in the word whatever the word lists hold.
 *
 * @param <V> what a key leads to
 */
final class CharTrie<V> {
    /** Receives a key found in a word: it covers {@code from..to} of the word. */
    interface Visitor<V> {
        void found(int from, int to, List<V> values);
    }

    private static final class Node<V> {
        /** The characters that lead on, sorted; {@code kids[k]} is where {@code keys[k]} leads. */
        char[] keys = new char[0];
        Node<V>[] kids = newNodes(0);
        List<V> values;

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newNodes(int n) {
            return (Node<V>[]) new Node<?>[n];
        }

        /** A binary search of its own: walked for every character of every new word, so kept to one call. */
        Node<V> child(char c) {
            char[] ks = keys;
            int lo = 0;
            int hi = ks.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                char k = ks[mid];
                if (k < c) {
                    lo = mid + 1;
                } else if (k > c) {
                    hi = mid - 1;
                } else {
                    return kids[mid];
                }
            }
            return null;
        }

        Node<V> childOrAdd(char c) {
            int k = Arrays.binarySearch(keys, c);
            if (k >= 0) {
                return kids[k];
            }
            int at = -k - 1;
            char[] grown = new char[keys.length + 1];
            System.arraycopy(keys, 0, grown, 0, at);
            grown[at] = c;
            System.arraycopy(keys, at, grown, at + 1, keys.length - at);
            Node<V>[] grownKids = newNodes(kids.length + 1);
            System.arraycopy(kids, 0, grownKids, 0, at);
            System.arraycopy(kids, at, grownKids, at + 1, kids.length - at);
            Node<V> n = new Node<>();
            grownKids[at] = n;
            keys = grown;
            kids = grownKids;
            return n;
        }
    }

    private final Node<V> root = new Node<>();
    private final boolean reversed;
    private int size;

    /** {@code reversed}: keys are stored back to front, to find them at the end of a word. */
    CharTrie(boolean reversed) {
        this.reversed = reversed;
    }

    void put(String key, V value) {
        Node<V> n = root;
        for (int i = 0; i < key.length(); i++) {
            n = n.childOrAdd(key.charAt(reversed ? key.length() - 1 - i : i));
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
            size++;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Every key that starts at {@code from} in {@code word} (forward trie) or, for a reversed trie, every
     * key that ends at {@code word.length()}.
     */
    void walk(String word, int from, Visitor<V> visitor) {
        Node<V> n = root;
        if (reversed) {
            for (int i = word.length() - 1; i >= 0 && n != null; i--) {
                n = n.child(word.charAt(i));
                if (n != null && n.values != null) {
                    visitor.found(i, word.length(), n.values);
                }
            }
        } else {
            for (int i = from; i < word.length() && n != null; i++) {
                n = n.child(word.charAt(i));
                if (n != null && n.values != null) {
                    visitor.found(from, i + 1, n.values);
                }
            }
        }
    }

    /**
     * Adds the values of every key that {@link #walk} would visit to {@code into}, in the same order: the walk
     * most callers want, without a visitor to make.
     */
    void collect(String word, int from, List<V> into) {
        Node<V> n = root;
        if (reversed) {
            for (int i = word.length() - 1; i >= 0 && n != null; i--) {
                n = n.child(word.charAt(i));
                if (n != null && n.values != null) {
                    into.addAll(n.values);
                }
            }
        } else {
            for (int i = from; i < word.length() && n != null; i++) {
                n = n.child(word.charAt(i));
                if (n != null && n.values != null) {
                    into.addAll(n.values);
                }
            }
        }
    }
}
