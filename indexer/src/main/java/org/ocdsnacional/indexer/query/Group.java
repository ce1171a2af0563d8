package org.ocdsnacional.indexer.query;

import org.ocdsnacional.indexer.ingest.Money;

import java.util.List;

/**
 * One bucket of an aggregation: a state, a year, a method, an organization...
 *
 * @param key       what the bucket is (the state code, "2024", "2024-03", the organization id...)
 * @param name      a display name when the key is an id (an organization's name as published), else the key
 * @param processes how many processes fall in it
 * @param awarded   awarded amounts per currency (for a supplier: awarded to that supplier)
 */
public record Group(String key, String name, long processes, List<Money> awarded) {
}
