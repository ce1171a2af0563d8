package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One page of processes.
 *
 * @param total      how many processes match, exactly up to {@link ProcessSearch#EXACT_TOTAL_BOUND}
 * @param totalExact false when {@code total} is a lower bound (more processes match than were counted)
 * @param hits       the processes of this page, each with its cursor
 * @param hasNext    whether another page follows
 */
public record ProcessPage(long total, boolean totalExact, List<Hit> hits, boolean hasNext) {

    /** One process document and the cursor that continues after it. */
    public record Hit(String cursor, JsonNode process) {
    }
}
