package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.ListedEntry;

import java.util.List;

/**
 * A reference list as a complete run read it, to be put in place of the one stored for its source.
 *
 * @param sourceId the source that publishes it
 * @param runId    the run that read it
 * @param list     its name, as flags cite it ("SAT 69-B")
 * @param entries  its rows, each once
 */
public record ListReplacement(String sourceId, String runId, String list, List<ListedEntry> entries) {

    public ListReplacement {
        entries = List.copyOf(entries);
    }
}
