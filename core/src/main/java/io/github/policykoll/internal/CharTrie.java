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
        char[] keys = new char[0];
        List<Node<V>> kids = new ArrayList<>(0);
        List<V> values;

        Node<V> child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k < 0 ? null : kids.get(k);
        }

        Node<V> childOrAdd(char c) {
            int k = Arrays.binarySearch(keys, c);
            if (k >= 0) {
                return kids.get(k);
            }
            int at = -k - 1;
            char[] grown = new char[keys.length + 1];
            System.arraycopy(keys, 0, grown, 0, at);
            grown[at] = c;
            System.arraycopy(keys, at, grown, at + 1, keys.length - at);
            keys = grown;
            Node<V> n = new Node<>();
            kids.add(at, n);
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
}
