package org.ocdsnacional.analytics.stats;

/**
 * A count out of a count (disqualified bids out of submitted bids, winning bids out of valid bids), added up by
 * summing numerators and denominators (the mediant), as Cardinal adds them up across processes.
 */
public record Fraction(long numerator, long denominator) {

    public static final Fraction ZERO = new Fraction(0, 0);

    public Fraction plus(Fraction other) {
        return new Fraction(numerator + other.numerator, denominator + other.denominator);
    }

    /** The ratio as a double; NaN when the denominator is 0. */
    public double ratio() {
        return (double) numerator / (double) denominator;
    }
}
