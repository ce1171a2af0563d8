package org.ocdsnacional.ocds.summary;

/** 64-bit FNV-1a hashes of text, to count distinct values without keeping them. */
final class Hashes {

    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hashes() {
    }

    static long of(String text) {
        long hash = OFFSET;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * PRIME;
        }
        return hash;
    }

    /** The hash of several parts, kept apart so that ("ab", "c") and ("a", "bc") differ. */
    static long of(String first, String second) {
        return of(first + '\u0000' + second);
    }
}
