package org.ocdsnacional.analytics.stats;

import java.util.Arrays;

/**
 * Quantiles of a set of numbers as Cardinal computes them (statrs's {@code OrderStatistics}): Hyndman and Fan's
 * method 8, approximately median-unbiased, {@code h = (n + 1/3) p + 1/3}, linear between the order statistics around
 * {@code h}. An empty set has no quantiles ({@link Double#NaN}), and nothing compares with them.
 */
public final class Quantiles {

    private static final double THIRD = 1.0 / 3.0;

    private final double[] sorted;

    private Quantiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Quantiles of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Quantiles(sorted);
    }

    /** The quantile at {@code tau} (0 to 1); NaN when there are no values or {@code tau} is out of range. */
    public double quantile(double tau) {
        if (!(tau >= 0.0 && tau <= 1.0) || sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length + THIRD) * tau + THIRD;
        long floor = (long) h;
        if (floor <= 0 || tau == 0.0) {
            return sorted[0];
        }
        if (floor >= sorted.length || Math.abs(tau - 1.0) <= 4 * Math.ulp(1.0)) {
            return sorted[sorted.length - 1];
        }
        double below = sorted[(int) floor - 1];
        double above = sorted[(int) floor];
        return below + (h - floor) * (above - below);
    }

    /** The quantile at {@code percent} / 100. */
    public double percentile(int percent) {
        return quantile(percent / 100.0);
    }

    public double lowerQuartile() {
        return quantile(0.25);
    }

    public double upperQuartile() {
        return quantile(0.75);
    }

    /** Tukey's lower fence, {@code Q1 - 1.5 IQR}, rounded once (fused multiply-add), as Cardinal computes it. */
    public double lowerFence() {
        double q1 = lowerQuartile();
        return Math.fma(upperQuartile() - q1, -1.5, q1);
    }

    /** Tukey's upper fence, {@code Q3 + 1.5 IQR}, rounded once (fused multiply-add), as Cardinal computes it. */
    public double upperFence() {
        double q3 = upperQuartile();
        return Math.fma(q3 - lowerQuartile(), 1.5, q3);
    }
}
