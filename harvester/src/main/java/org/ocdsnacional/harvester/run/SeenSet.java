package org.ocdsnacional.harvester.run;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A set of texts kept as 64-bit fingerprints in one open-addressing array: 8 to 16 bytes per member instead of a
 * {@code HashSet<String>}'s hundred-odd, so a run over millions of releases stays small. Two texts with the same
 * fingerprint (odds about n²/2⁶⁵) count as one: for withdrawal that errs on the side of keeping data.
 */
final class SeenSet {

    private static final long EMPTY = 0;

    private long[] slots = new long[1024];
    private int size;

    /** Adds {@code text}; false when it was already there. */
    boolean add(String text) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        return insert(slots, fingerprint(text)) && ++size > 0;
    }

    boolean contains(String text) {
        long key = fingerprint(text);
        int mask = slots.length - 1;
        for (int i = (int) key & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (slots[i] == key) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        Arrays.stream(slots).filter(key -> key != EMPTY).forEach(key -> insert(bigger, key));
        slots = bigger;
    }

    private static boolean insert(long[] table, long key) {
        int mask = table.length - 1;
        int i = (int) key & mask;
        while (table[i] != EMPTY) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        return true;
    }

    /** FNV-1a over the UTF-8 bytes, then the splitmix64 finaliser; never {@link #EMPTY}. */
    static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        hash ^= hash >>> 31;
        return hash == EMPTY ? 1 : hash;
    }
}
