package org.ocdsnacional.indexer.query;

import org.ocdsnacional.indexer.ingest.Money;

import java.util.List;

/**
 * Counts and awarded amounts over the processes that match a filter; amounts per currency, never summed across.
 *
 * @param processes how many processes match
 * @param awarded   awarded amounts per currency
 * @param byState   the same per state
 */
public record Summary(long processes, List<Money> awarded, List<Group> byState) {

    /** Counts and amounts of one group (a state). */
    public record Group(String key, long processes, List<Money> awarded) {
    }
}
