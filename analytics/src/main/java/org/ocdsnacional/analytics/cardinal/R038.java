package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.flag.Group;
import org.ocdsnacional.analytics.stats.Fraction;
import org.ocdsnacional.analytics.stats.Quantiles;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R038, excessive disqualified bids: a buyer, procuring entity or tenderer whose ratio of disqualified bids to
 * submitted bids, across the population, is at or above the upper fence of its group ({@code Q3 + 1.5 IQR}, or
 * the threshold set), unless that fence is 0 or less. Buyers and procuring entities with fewer than the minimum
 * (2) submitted bids, and tenderers with fewer than the minimum (2) submitted bids, are left out of the statistics
 * and the flag. Value: the ratio.
 */
public final class R038 {

    private R038() {
    }

    /** The least a subject of {@code group} must have submitted (or received) to be counted. */
    static long minimum(Group group, CardinalSettings.R038 settings) {
        return group == Group.TENDERER ? settings.minimumSubmittedBids() : settings.minimumContractingProcesses();
    }

    /**
     * The fence of one group.
     *
     * @param group      buyers, procuring entities or tenderers
     * @param q1         the first quartile of the ratios counted (NaN when the fence is set by hand)
     * @param q3         the third quartile
     * @param upperFence the ratio at or above which a subject is flagged
     * @param counted    how many subjects had enough bids to be counted (no statistics when none)
     */
    public record Statistics(Group group, double q1, double q3, double upperFence, int counted) {

        /** The fence of these tallies (one per subject of {@code group} in a population). */
        public static Statistics of(Group group, Collection<Fraction> tallies, CardinalSettings.R038 settings) {
            long minimum = minimum(group, settings);
            double[] ratios = tallies.stream().filter(t -> t.denominator() >= minimum).mapToDouble(Fraction::ratio)
                    .toArray();
            Quantiles quantiles = Quantiles.of(ratios);
            if (settings.threshold().isPresent()) {
                return new Statistics(group, Double.NaN, Double.NaN, settings.threshold().getAsDouble(), ratios.length);
            }
            return new Statistics(group, quantiles.lowerQuartile(), quantiles.upperQuartile(), quantiles.upperFence(),
                    ratios.length);
        }

        void meta(Map<String, Double> meta, CardinalSettings.R038 settings) {
            if (counted == 0) {
                return;
            }
            if (settings.threshold().isEmpty()) {
                meta.put(group.label() + "_q1", q1);
                meta.put(group.label() + "_q3", q3);
            }
            meta.put(group.label() + "_upper_fence", upperFence);
        }
    }

    /** The flag on a subject of the statistics' group with this tally of disqualified bids out of submitted bids. */
    public static Optional<Flag> flag(Fraction tally, Statistics statistics, CardinalSettings.R038 settings) {
        if (tally.denominator() < minimum(statistics.group(), settings) || !(statistics.upperFence() > 0.0)
                || !(tally.ratio() >= statistics.upperFence())) {
            return Optional.empty();
        }
        return Optional.of(new Flag(FlagCode.R038, tally.ratio(), List.of(
                Evidence.of("disqualifiedBids", tally.numerator()), Evidence.of("submittedBids", tally.denominator()),
                Evidence.of("upperFence", statistics.upperFence()))));
    }

    /** Cardinal's "Meta" for R038: the quartiles and fence of each group that had subjects counted. */
    static Map<String, Double> meta(List<Statistics> groups, CardinalSettings.R038 settings) {
        Map<String, Double> meta = new LinkedHashMap<>();
        groups.forEach(statistics -> statistics.meta(meta, settings));
        return meta;
    }
}
