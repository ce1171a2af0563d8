package org.ocdsnacional.generator.publish;

import org.ocdsnacional.generator.Dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The processes of a data set by year, found from their headers alone (nothing else is generated). */
final class Years {

    private Years() {
    }

    /** The years that have processes, in order. */
    static List<Integer> present(Dataset dataset) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int index = 0; index < dataset.size(); index++) {
            years.add(dataset.year(index));
        }
        return new ArrayList<>(years);
    }

    /** The numbers of the processes of {@code year}. */
    static List<Integer> processes(Dataset dataset, int year) {
        List<Integer> processes = new ArrayList<>();
        for (int index = 0; index < dataset.size(); index++) {
            if (dataset.year(index) == year) {
                processes.add(index);
            }
        }
        return processes;
    }
}
