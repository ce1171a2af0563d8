package org.ocdsnacional.ocds.compile;

/**
 * One release on its way to its record.
 *
 * @param ocid         the process it belongs to
 * @param sequence     its place in the input (releases of one ocid keep their reading order)
 * @param packageIndex which of the packages read carried it
 * @param json         the release as compact UTF-8 JSON
 */
record SortedRelease(String ocid, long sequence, int packageIndex, byte[] json) implements Comparable<SortedRelease> {

    /** What a release weighs in the sort's memory besides its JSON: the record, the ocid and the array headers. */
    private static final int OVERHEAD = 96;

    @Override
    public int compareTo(SortedRelease other) {
        int byOcid = ocid.compareTo(other.ocid);
        return byOcid != 0 ? byOcid : Long.compare(sequence, other.sequence);
    }

    /** About how many bytes of heap it takes. */
    long weight() {
        return OVERHEAD + json.length + 2L * ocid.length();
    }
}
