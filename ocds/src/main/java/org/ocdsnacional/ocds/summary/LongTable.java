package org.ocdsnacional.ocds.summary;

/** An open-addressing hash table from 64-bit keys to counts: a compact set of hashes that also counts. */
final class LongTable {

    private static final int INITIAL = 64;

    private long[] keys = new long[INITIAL];
    private int[] counts = new int[INITIAL];
    private int size;

    /** Adds one to {@code key}'s count; true when the key was not there before. */
    boolean increment(long key) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(keys, counts, key);
        counts[slot]++;
        if (counts[slot] == 1) {
            keys[slot] = key;
            size++;
            return true;
        }
        return false;
    }

    boolean contains(long key) {
        return counts[slot(keys, counts, key)] > 0;
    }

    int count(long key) {
        return counts[slot(keys, counts, key)];
    }

    void clear() {
        keys = new long[INITIAL];
        counts = new int[INITIAL];
        size = 0;
    }

    int size() {
        return size;
    }

    /** Calls {@code action} with every key and its count. */
    void forEach(Entry action) {
        for (int i = 0; i < keys.length; i++) {
            if (counts[i] > 0) {
                action.accept(keys[i], counts[i]);
            }
        }
    }

    private static int slot(long[] keys, int[] counts, long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (counts[slot] > 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldCounts[i] > 0) {
                int slot = slot(keys, counts, oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    /** Receives a key and its count. */
    interface Entry {
        void accept(long key, int count);
    }
}
