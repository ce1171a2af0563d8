package org.ocdsnacional.harvester.run;

import java.util.OptionalLong;

/**
 * The releases a run has read, each uid kept as a 64-bit fingerprint (see {@link SeenSet#fingerprint}) beside the
 * first 64 bits of the content hash it was first read with: 16 to 32 bytes per release, so that a second sighting
 * can be told apart as a true duplicate (same content) or a conflicting one (same ocid and id, other content).
 */
final class FirstSightings {

    private long[] keys = new long[1024];
    private long[] hashes = new long[1024];
    private int size;

    /**
     * The hash {@code uid} was first read with; empty when this is its first sighting, which is then remembered
     * with {@code hash}.
     */
    OptionalLong firstHash(String uid, long hash) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        long key = SeenSet.fingerprint(uid);
        int mask = keys.length - 1;
        int i = (int) key & mask;
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return OptionalLong.of(hashes[i]);
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        hashes[i] = hash;
        size++;
        return OptionalLong.empty();
    }

    /** The first 64 bits of a hex content hash. */
    static long prefix(String hexHash) {
        return Long.parseUnsignedLong(hexHash.substring(0, 16), 16);
    }

    /** A 64-bit hash prefix as the 16 hex digits it was read from. */
    static String hex(long prefix) {
        return String.format("%016x", prefix);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new long[oldKeys.length * 2];
        hashes = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) {
                continue;
            }
            int i = (int) oldKeys[j] & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = oldKeys[j];
            hashes[i] = oldHashes[j];
        }
    }
}
