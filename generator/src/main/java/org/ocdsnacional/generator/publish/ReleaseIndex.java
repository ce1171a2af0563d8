package org.ocdsnacional.generator.publish;

import org.ocdsnacional.generator.Dataset;

import java.util.Arrays;

/**
 * Where each release of a data set is when all its releases are listed in order: the number of releases before
 * each process, so that a page of releases can be generated without generating the pages before it.
 */
final class ReleaseIndex {

    private final int[] before;

    private ReleaseIndex(int[] before) {
        this.before = before;
    }

    static ReleaseIndex of(Dataset dataset) {
        int[] before = new int[dataset.size() + 1];
        for (int index = 0; index < dataset.size(); index++) {
            before[index + 1] = before[index] + dataset.releases(index).size();
        }
        return new ReleaseIndex(before);
    }

    int total() {
        return before[before.length - 1];
    }

    /** The process that holds release number {@code position} (0-based, in the whole list). */
    int processOf(int position) {
        int found = Arrays.binarySearch(before, position);
        int index = found >= 0 ? found : -found - 2;
        while (index + 1 < before.length - 1 && before[index + 1] == position) {
            index++;
        }
        return index;
    }

    /** How many releases come before process {@code index}. */
    int before(int index) {
        return before[index];
    }
}
