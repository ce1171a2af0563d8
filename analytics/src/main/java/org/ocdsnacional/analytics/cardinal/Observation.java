package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.stats.Fraction;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one process contributes to the population-wide red flags: plain values a process document can carry, so
 * the population's statistics can be computed from documents without reading releases again.
 *
 * @param bidRatio          R024 and R058: the process's bid ratio, if it has one
 * @param tendererOutcomes  R025: each tenderer of a valid bid, 1/1 if it won, 0/1 if not
 * @param disqualifications R038: disqualified out of submitted bids, if any bid was submitted
 * @param classifications   R048: the classification prefixes awarded to each single supplier
 */
public record Observation(Optional<BidRatio> bidRatio, Map<String, Fraction> tendererOutcomes,
                          Optional<Disqualifications> disqualifications, Map<String, Set<String>> classifications) {

    public static final Observation NONE = new Observation(Optional.empty(), Map.of(), Optional.empty(), Map.of());

    public Observation {
        tendererOutcomes = Map.copyOf(tendererOutcomes);
        classifications = Map.copyOf(classifications);
    }
}
