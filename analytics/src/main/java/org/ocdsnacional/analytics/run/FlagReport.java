package org.ocdsnacional.analytics.run;

import org.ocdsnacional.analytics.flag.FlagResults;

import java.util.Map;

/**
 * The outcome of a pass over a population.
 *
 * @param results   the flags raised, by group and subject
 * @param meta      the quartiles and fences the population-wide flags used, by code (Cardinal's "Meta")
 * @param processes how many compiled releases were read
 */
public record FlagReport(FlagResults results, Map<String, Map<String, Double>> meta, long processes) {

    public FlagReport {
        meta = Map.copyOf(meta);
    }
}
