package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * One page of processes.
 *
 * @param total      how many processes match, exactly up to {@link ProcessSearch#EXACT_TOTAL_BOUND}
 * @param totalExact false when {@code total} is a lower bound (more processes match than were counted)
 * @param hits       the processes of this page, each with its cursor
 * @param hasNext    whether another page follows
 */
public record ProcessPage(long total, boolean totalExact, List<Hit> hits, boolean hasNext) {

    /**
     * One process document and the cursor that continues after it (or, given to
     * {@link ProcessSearch#searchBefore}, before it).
     *
     * @param highlights when the query asked for them: per field ({@code title}, {@code description},
     *                   {@code fullText}), the passages that match the query's text, each match between
     *                   {@link #MATCH_START} and {@link #MATCH_END}; the text itself is as published, not escaped
     */
    public record Hit(String cursor, JsonNode process, Map<String, List<String>> highlights) {

        /** Marks where a match starts in a highlighted passage (a private-use character, never in data). */
        public static final char MATCH_START = '\uE000';
        /** Marks where a match ends. */
        public static final char MATCH_END = '\uE001';

        public Hit {
            highlights = Map.copyOf(highlights);
        }

        public Hit(String cursor, JsonNode process) {
            this(cursor, process, Map.of());
        }
    }
}
