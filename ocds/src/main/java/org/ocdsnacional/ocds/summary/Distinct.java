package org.ocdsnacional.ocds.summary;

import java.util.List;
import java.util.TreeSet;

/** Distinct values: counted exactly (by hash), with the first {@code sample} of them kept, sorted. */
final class Distinct {

    private final LongTable seen = new LongTable();
    private final TreeSet<String> sample = new TreeSet<>();
    private final int sampleSize;

    Distinct(int sampleSize) {
        this.sampleSize = sampleSize;
    }

    /** Adds a value; true when it is new. */
    boolean add(String value) {
        boolean added = seen.increment(Hashes.of(value));
        if (added && sample.size() < sampleSize) {
            sample.add(value);
        }
        return added;
    }

    boolean contains(String value) {
        return seen.contains(Hashes.of(value));
    }

    boolean containsHash(long hash) {
        return seen.contains(hash);
    }

    long count() {
        return seen.size();
    }

    List<String> sample() {
        return List.copyOf(sample);
    }
}
