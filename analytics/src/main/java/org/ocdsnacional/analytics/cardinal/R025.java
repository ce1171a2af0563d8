package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.stats.Fraction;
import org.ocdsnacional.analytics.stats.Quantiles;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R025, excessive unsuccessful bids: a top tenderer (valid bids in at least the 75th percentile of tenderers')
 * whose ratio of winning bids to valid bids, across the population, is at or below the lower fence
 * ({@code Q1 - 1.5 IQR} of the ratios, or the threshold set), unless Q1 or the fence is 0 or less. A tenderer counts
 * once per process, in processes whose awards are all final with a single active award to a single supplier.
 * Value: the ratio.
 */
public final class R025 {

    private R025() {
    }

    /** Each tenderer of a valid bid of one process: 1/1 if it won, 0/1 if not. */
    static Map<String, Fraction> observe(CardinalRelease release) {
        Optional<CardinalRelease.FinalAwards> awards = release.finalAwards();
        Optional<String> supplier = awards.flatMap(CardinalRelease::singleWinner);
        if (supplier.isEmpty()) {
            return Map.of();
        }
        Set<String> tenderers = new LinkedHashSet<>();
        for (JsonNode bid : awards.get().bids()) {
            List<JsonNode> ids = Fields.array(bid, "tenderers");
            if (Fields.hasStatus(bid, "valid") && Fields.isArray(bid, "tenderers") && ids.size() == 1) {
                Fields.text(ids.getFirst(), "id").ifPresent(tenderers::add);
            }
        }
        Map<String, Fraction> outcomes = new LinkedHashMap<>();
        tenderers.forEach(id -> outcomes.put(id, new Fraction(id.equals(supplier.get()) ? 1 : 0, 1)));
        return outcomes;
    }

    /**
     * The fences of the population.
     *
     * @param upperFence valid bids that make a top tenderer (the percentile set, 75th by default)
     * @param q1         the first quartile of the ratios (NaN when the fence is set by hand)
     * @param q3         the third quartile of the ratios
     * @param lowerFence the ratio at or below which a top tenderer is flagged
     * @param active     whether the flag is raised at all
     */
    public record Statistics(double upperFence, double q1, double q3, double lowerFence, boolean active) {

        /** The fences of these tallies (one per tenderer of a population). */
        public static Statistics of(Collection<Fraction> tallies, CardinalSettings.R025 settings) {
            double upper = Quantiles.of(tallies.stream().mapToDouble(f -> (double) f.denominator()).toArray())
                    .percentile(settings.percentile());
            Quantiles ratios = Quantiles.of(tallies.stream().mapToDouble(Fraction::ratio).toArray());
            if (settings.threshold().isPresent()) {
                double lower = settings.threshold().getAsDouble();
                return new Statistics(upper, Double.NaN, Double.NaN, lower, lower > 0.0);
            }
            double q1 = ratios.lowerQuartile();
            double lower = ratios.lowerFence();
            return new Statistics(upper, q1, ratios.upperQuartile(), lower, q1 > 0.0 && lower > 0.0);
        }

        Map<String, Double> meta(CardinalSettings.R025 settings) {
            Map<String, Double> meta = new LinkedHashMap<>();
            if (settings.threshold().isEmpty()) {
                meta.put("q1", q1);
                meta.put("q3", q3);
            }
            meta.put("upper_fence", upperFence);
            meta.put("lower_fence", lowerFence);
            return meta;
        }
    }

    /** The flag on a tenderer with this tally of winning bids out of valid bids. */
    public static Optional<Flag> flag(Fraction tally, Statistics statistics) {
        double ratio = tally.ratio();
        if (!statistics.active() || !(tally.denominator() >= statistics.upperFence())
                || !(ratio <= statistics.lowerFence())) {
            return Optional.empty();
        }
        return Optional.of(new Flag(FlagCode.R025, ratio, List.of(Evidence.of("winningBids", tally.numerator()),
                Evidence.of("validBids", tally.denominator()), Evidence.of("topTendererBids", statistics.upperFence()),
                Evidence.of("lowerFence", statistics.lowerFence()))));
    }
}
