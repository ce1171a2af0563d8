package org.ocdsnacional.indexer.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many of the matching processes raise each red flag.
 *
 * @param processes how many processes match
 * @param byCode    how many of them raise each flag, by code (the most first; flags none raises left out)
 */
public record FlagCounts(long processes, Map<String, Long> byCode) {

    public FlagCounts {
        byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
    }

    /** The share (0 to 1) of the matching processes that raise {@code code}; 0 when none match. */
    public double rate(String code) {
        return processes == 0 ? 0.0 : (double) byCode.getOrDefault(code, 0L) / processes;
    }
}
