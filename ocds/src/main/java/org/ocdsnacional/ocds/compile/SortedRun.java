package org.ocdsnacional.ocds.compile;

import java.util.List;

/**
 * Consecutive releases of one process on their way to its record, compiled already when they came on their own
 * ({@link GroupedRuns}): if no other release of the process comes elsewhere in the input, the record is written from
 * these bytes as they are; else the releases of all its runs are compiled together.
 *
 * @param ocid         the process they belong to
 * @param sequence     the place of the first of them in the input (runs of one ocid keep their reading order)
 * @param packageIndex which of the packages read carried the first of them
 * @param releases     the releases as compact UTF-8 JSON, in reading order
 * @param compiled     the compiled release of these releases alone as compact UTF-8 JSON; null when not compiled
 *                     (or compiled with warnings, which are worked out again with the whole process)
 * @param versioned    their versioned release likewise; null when not asked for or not compiled
 */
record SortedRun(String ocid, long sequence, int packageIndex, List<byte[]> releases, byte[] compiled,
                 byte[] versioned) implements Comparable<SortedRun> {

    /** What a run weighs in the sort's memory besides its JSON: the record, the ocid, the list, the headers. */
    private static final int OVERHEAD = 128;
    /** What each release adds besides its bytes: its array's header and its place in the list. */
    private static final int PER_RELEASE = 24;

    SortedRun {
        releases = List.copyOf(releases);
    }

    @Override
    public int compareTo(SortedRun other) {
        int byOcid = ocid.compareTo(other.ocid);
        return byOcid != 0 ? byOcid : Long.compare(sequence, other.sequence);
    }

    /** Whether the record can be written from this run alone as it is. */
    boolean isCompiled() {
        return compiled != null;
    }

    /** About how many bytes of heap it takes. */
    long weight() {
        long weight = OVERHEAD + 2L * ocid.length() + length(compiled) + length(versioned);
        for (byte[] release : releases) {
            weight += PER_RELEASE + release.length;
        }
        return weight;
    }

    private static long length(byte[] json) {
        return json == null ? 0 : json.length;
    }
}
