package org.ocdsnacional.ocds.read;

/**
 * The field names met lately, found again by their UTF-8 bytes so that each is decoded (and hashed for its map)
 * once: OCDS repeats the same few hundred names in every release. A slot holds the last name whose hash falls in
 * it, with its hash and its bytes side by side in flat arrays, so that a look-up touches little memory; longer
 * names are not kept. One per thread.
 */
final class FieldNames {

    private static final int SLOTS = 1 << 11;
    private static final int LONGEST_KEPT = 64;

    private final int[] hashes = new int[SLOTS];
    private final int[] lengths = new int[SLOTS];
    private final byte[] bytes = new byte[SLOTS * LONGEST_KEPT];
    private final String[] names = new String[SLOTS];

    /** Whether names of {@code in[from..to)}'s length are kept. */
    static boolean keeps(int from, int to) {
        return to - from <= LONGEST_KEPT;
    }

    /** The name whose UTF-8 bytes are {@code in[from..to)}, if kept; {@code hash} from {@link ByteWords#hash}. */
    String find(byte[] in, int from, int to, int hash) {
        int slot = slot(hash);
        String kept = names[slot];
        return kept != null && hashes[slot] == hash && lengths[slot] == to - from
                && ByteWords.same(bytes, slot * LONGEST_KEPT, in, from, to) ? kept : null;
    }

    /** Keeps {@code name}, decoded from {@code in[from..to)} (no longer than {@link #keeps} allows). */
    void keep(byte[] in, int from, int to, int hash, String name) {
        int slot = slot(hash);
        hashes[slot] = hash;
        lengths[slot] = to - from;
        System.arraycopy(in, from, bytes, slot * LONGEST_KEPT, to - from);
        names[slot] = name;
    }

    private static int slot(int hash) {
        return (hash ^ hash >>> 16) & (SLOTS - 1);
    }
}
