package org.ocdsnacional.generator.patterns;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Processes with planted patterns, and what a harvest of them should find.
 *
 * @param processes     each process's releases, oldest first (neutral ones first, then the planted ones)
 * @param planted       by flag code (R018, MX01…), the ocids of the processes planted to raise it
 * @param referenceList a reference list (CSV: RFC, name, status, date) on which a planted supplier is listed
 *                      before its award (MX06)
 * @param thresholds    the settings sections (INI) MX02 and MX03 are planted against
 */
public record PlantedProcesses(List<List<ObjectNode>> processes, Map<String, List<String>> planted,
                               String referenceList, String thresholds) {

    public PlantedProcesses {
        processes = List.copyOf(processes);
        planted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(planted));
    }

    /** Every release, process after process. */
    public List<ObjectNode> releases() {
        return processes.stream().flatMap(List::stream).toList();
    }
}
