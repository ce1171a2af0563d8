package org.ocdsnacional.analytics.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quantiles by Hyndman and Fan's method 8, with the values statrs's own tests state for the same data. */
class QuantilesTest {

    private static final double[] DATA = {-1.0, 5.0, 0.0, -3.0, 10.0, -0.5, 4.0, 0.2, 1.0, 6.0};

    @Test
    void quantilesAreStatrsQuantiles() {
        Quantiles quantiles = Quantiles.of(DATA);

        assertEquals(-3.0, quantiles.quantile(0.0));
        assertEquals(10.0, quantiles.quantile(1.0));
        assertEquals(3.0 / 5.0, quantiles.quantile(0.5), 1e-15);
        assertEquals(-4.0 / 5.0, quantiles.quantile(0.2), 1e-15);
        assertEquals(137.0 / 30.0, quantiles.quantile(0.7));
        assertEquals(-3.0, quantiles.quantile(0.01));
        assertEquals(10.0, quantiles.quantile(0.99));
        assertEquals(287.0 / 375.0, quantiles.quantile(0.52), 1e-15);
        assertEquals(-37.0 / 240.0, quantiles.quantile(0.325), 1e-15);
    }

    @Test
    void fencesAreTukeysFromTheQuartiles() {
        Quantiles quantiles = Quantiles.of(new double[]{0, 0, 100, 100, 100, 100, 100, 100, 100});

        assertEquals(200.0 / 3.0, quantiles.lowerQuartile(), 1e-12);
        assertEquals(100.0, quantiles.upperQuartile());
        assertEquals(50.0 / 3.0, quantiles.lowerFence(), 1e-12);
        assertEquals(150.0, quantiles.upperFence(), 1e-12);
    }

    @Test
    void anEmptyPopulationHasNoQuantilesAndNothingComparesWithThem() {
        Quantiles quantiles = Quantiles.of(new double[0]);

        assertTrue(Double.isNaN(quantiles.lowerQuartile()));
        assertTrue(Double.isNaN(quantiles.upperFence()));
        assertTrue(Double.isNaN(Quantiles.of(DATA).quantile(1.5)));
    }

    @Test
    void percentilesAreQuantilesOfAHundredth() {
        Quantiles quantiles = Quantiles.of(new double[]{10, 1, 1, 1, 1, 1, 1, 1, 1, 1});

        assertEquals(1.0, quantiles.percentile(75));
        assertEquals(10.0, quantiles.percentile(100));
    }
}
