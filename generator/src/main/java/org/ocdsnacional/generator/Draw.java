package org.ocdsnacional.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices made the same way for the same seed: uniform, weighted, log-normal, Zipf-like. */
final class Draw {

    private final SplittableRandom random;

    private Draw(SplittableRandom random) {
        this.random = random;
    }

    /** The draws of one thing (a process, a supplier) identified by {@code index} within a seeded whole. */
    static Draw of(long seed, long stream, long index) {
        return new Draw(new SplittableRandom(mix(mix(seed) ^ mix(stream + 0x632be59bd9b4e019L) ^ index)));
    }

    /**
     * The draws of one thing of {@code state}: the same seed and number in another state draw other values, so that
     * data sets of several states generated from one seed (sharing its suppliers) hold no copies of each other.
     */
    static Draw of(long seed, MexicanState state, long stream, long index) {
        return of(mix(seed) ^ state.code().hashCode(), stream, index);
    }

    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double uniform() {
        return random.nextDouble();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of {@code values}, by the given weights (same length). */
    <T> T weighted(List<T> values, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double at = random.nextDouble() * total;
        for (int i = 0; i < values.size(); i++) {
            at -= weights[i];
            if (at < 0) {
                return values.get(i);
            }
        }
        return values.getLast();
    }

    /** exp(N(ln median, sigma)): most values near the median, a long tail of large ones. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    /** An index below {@code size}, small ones much more often (rank-frequency like real supplier markets). */
    int zipf(int size, double exponent) {
        double u = random.nextDouble();
        double rank = Math.pow(size + 1.0, 1 - exponent) * u + (1 - u);
        return Math.min(size - 1, (int) Math.floor(Math.pow(rank, 1 / (1 - exponent))) - 1);
    }

    char letter(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    private double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** SplitMix64's finaliser: spreads the bits of a seed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
