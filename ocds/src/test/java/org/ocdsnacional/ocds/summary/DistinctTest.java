package org.ocdsnacional.ocds.summary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Distinct values: exact up to a limit, estimated beyond it in fixed memory, never wrong about a repeat. */
class DistinctTest {

    @Test
    void countsExactlyUpToTheLimit() {
        Distinct distinct = new Distinct(3);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < Distinct.EXACT; i++) {
                assertEquals(round == 0, distinct.add("value-" + i));
            }
        }

        assertTrue(distinct.exact());
        assertEquals(Distinct.EXACT, distinct.count());
        assertEquals(3, distinct.sample().size());
    }

    @Test
    void estimatesPastTheLimitWithinOnePercentAndRemembersNoMore() {
        for (int n : new int[] {Distinct.EXACT + 1, 50_000, 300_000, 2_000_000}) {
            Distinct distinct = new Distinct(0);
            for (int i = 0; i < n; i++) {
                distinct.add("ocds-abc123-" + i);
            }
            for (int i = 0; i < n; i += 7) {
                distinct.add("ocds-abc123-" + i);
            }

            assertFalse(distinct.exact());
            assertEquals(n, distinct.count(), n * 0.01, "estimate of " + n);
            assertEquals(Distinct.EXACT, distinct.remembered());
        }
    }

    @Test
    void aValueCalledSeenWasSeenPastTheLimitToo() {
        Distinct distinct = new Distinct(0);
        for (int i = 0; i < 3 * Distinct.EXACT; i++) {
            assertTrue(distinct.add("id-" + i), "id-" + i);
        }

        assertFalse(distinct.add("id-0"), "remembered: certainly seen");
        assertTrue(distinct.contains("id-" + (Distinct.EXACT - 1)));
        assertFalse(distinct.contains("id-" + Distinct.EXACT), "past the limit: not remembered");
    }

    @Test
    void theEstimateIsCloseFromSmallCountsToLarge() {
        HyperLogLog sketch = new HyperLogLog();
        assertEquals(0, sketch.estimate());
        int added = 0;
        for (int n : new int[] {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000}) {
            for (; added < n; added++) {
                sketch.add(Hashes.of("x" + added));
            }
            assertEquals(n, sketch.estimate(), Math.max(1, n * 0.01), "estimate of " + n);
        }
    }
}
