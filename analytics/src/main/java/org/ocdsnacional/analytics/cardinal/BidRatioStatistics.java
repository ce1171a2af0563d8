package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.stats.Quantiles;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fences of the population's bid ratios that R024 (low outliers) and R058 (high outliers) compare with.
 *
 * @param q1         the first quartile of the ratios (NaN when there are none, or R024's fence is set by hand)
 * @param q3         the third quartile
 * @param lowerFence R024's fence: {@code Q1 - 1.5 IQR}, or the threshold set by hand
 * @param upperFence R058's fence: {@code Q3 + 1.5 IQR}, or the threshold set by hand
 * @param lowActive  whether R024 flags at all: not when Q1 or the fence is 0 or less (most processes would)
 */
public record BidRatioStatistics(double q1, double q3, double lowerFence, double upperFence, boolean lowActive) {

    /** The fences of these ratios (the bid ratios of a population), or the thresholds the settings set. */
    public static BidRatioStatistics of(double[] ratios, CardinalSettings settings) {
        Quantiles quantiles = Quantiles.of(ratios);
        double q1 = quantiles.lowerQuartile();
        double q3 = quantiles.upperQuartile();
        double lower = settings.r024().threshold().orElse(quantiles.lowerFence());
        double upper = settings.r058().threshold().orElse(quantiles.upperFence());
        boolean fromPopulation = settings.r024().threshold().isEmpty();
        return new BidRatioStatistics(q1, q3, lower, upper, (!fromPopulation || q1 > 0.0) && lower > 0.0);
    }

    /** What Cardinal's output says under "Meta" for R024 and R058. */
    Map<String, Map<String, Double>> meta(CardinalSettings settings) {
        Map<String, Map<String, Double>> meta = new LinkedHashMap<>();
        if (settings.runs(org.ocdsnacional.analytics.flag.FlagCode.R024)) {
            meta.put("R024", quartiles(settings.r024().threshold().isEmpty(), "lower_fence", lowerFence));
        }
        if (settings.runs(org.ocdsnacional.analytics.flag.FlagCode.R058)) {
            meta.put("R058", quartiles(settings.r058().threshold().isEmpty(), "upper_fence", upperFence));
        }
        return meta;
    }

    private Map<String, Double> quartiles(boolean computed, String fence, double value) {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (computed) {
            figures.put("q1", q1);
            figures.put("q3", q3);
        }
        figures.put(fence, value);
        return figures;
    }
}
