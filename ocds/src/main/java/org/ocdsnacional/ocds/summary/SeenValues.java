package org.ocdsnacional.ocds.summary;

/**
 * Which values have been seen, remembered by 64-bit hash (8 bytes a value, whatever its length). Not
 * thread-safe.
 */
public final class SeenValues {

    private final LongTable seen = new LongTable();

    /** Remembers {@code value}; true when it had not been seen. */
    public boolean add(String value) {
        return seen.increment(Hashes.of(value));
    }

    /** Forgets everything. */
    public void clear() {
        seen.clear();
    }
}
