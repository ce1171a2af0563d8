package org.ocdsnacional.indexer.query;

import org.ocdsnacional.indexer.ingest.Money;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One bucket of an aggregation: a state, a year, a method, an organization...
 *
 * @param key       what the bucket is (the state code, "2024", "2024-03", the organization id...)
 * @param name      a display name when the key is an id (an organization's name as published), else the key
 * @param processes how many processes fall in it
 * @param awarded   awarded amounts per currency (for a supplier: awarded to that supplier)
 * @param flags     how many of its processes raise each red flag, by code (the most first); empty when not counted
 */
public record Group(String key, String name, long processes, List<Money> awarded, Map<String, Long> flags) {

    public Group {
        awarded = List.copyOf(awarded);
        flags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    }

    /** A group whose flags are not counted. */
    public Group(String key, String name, long processes, List<Money> awarded) {
        this(key, name, processes, awarded, Map.of());
    }
}
