package org.ocdsnacional.ocds.summary;

import java.util.List;
import java.util.TreeSet;

/**
 * Distinct values in bounded memory, with the first {@code sample} of them kept, sorted. The first
 * {@link #EXACT} distinct values are remembered by 64-bit hash and counted exactly; from the next one on the count
 * is a {@link HyperLogLog} estimate (about 0.8 % off) and the values remembered stay those first ones, so that a
 * publication of any size takes at most about 400 KiB here. What this says of a value is never wrong one way: a
 * value {@link #add} calls already seen was seen; one it calls new may, once the count is estimated, be a repeat
 * of a value it did not remember. Not thread-safe.
 */
final class Distinct {

    /** Distinct values counted exactly and remembered. */
    static final int EXACT = 1 << 14;

    private final LongTable remembered = new LongTable();
    private final TreeSet<String> sample = new TreeSet<>();
    private final int sampleSize;
    private HyperLogLog estimate;

    Distinct(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    /**
     * Adds a value; false when it was certainly seen before (it is among the values remembered), true when it is
     * new, or, once the count is estimated, when it is not among the values remembered.
     */
    boolean add(String value) {
        long hash = Hashes.of(value);
        if (remembered.contains(hash)) {
            return false;
        }
        if (estimate == null && remembered.size() < EXACT) {
            remembered.increment(hash);
        } else {
            estimated().add(hash);
        }
        if (sample.size() < sampleSize) {
            sample.add(value);
        }
        return true;
    }

    /** Whether the value is among those remembered (all of them while the count is {@link #exact}). */
    boolean contains(String value) {
        return remembered.contains(Hashes.of(value));
    }

    /** Whether a value of this hash is among those remembered (all of them while the count is {@link #exact}). */
    boolean containsHash(long hash) {
        return remembered.contains(hash);
    }

    /** True while every value added is remembered: the count is exact and {@link #contains} knows all. */
    boolean exact() {
        return estimate == null;
    }

    long count() {
        return estimate == null ? remembered.size() : estimate.estimate();
    }

    List<String> sample() {
        return List.copyOf(sample);
    }

    /** How many values are remembered: at most {@link #EXACT}. */
    int remembered() {
        return remembered.size();
    }

    /** The estimate, started with the values remembered so far. */
    private HyperLogLog estimated() {
        if (estimate == null) {
            estimate = new HyperLogLog();
            remembered.forEach((hash, count) -> estimate.add(hash));
        }
        return estimate;
    }
}
