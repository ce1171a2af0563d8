package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.ListedEntry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of a reference list read by one run, each once (a list that repeats a row counts it once). A list has
 * tens of thousands of rows at most: they are held until the run ends, to replace the stored list whole.
 */
final class ListRows {

    private final Set<ListedEntry> rows = new LinkedHashSet<>();

    void add(ListedEntry entry) {
        rows.add(entry);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    List<ListedEntry> entries() {
        return new ArrayList<>(rows);
    }
}
