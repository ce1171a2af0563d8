package org.ocdsnacional.ocds.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A helper shares its core when it gets too little of one twice in a row, not after one short dip. */
class HelperCoreTest {

    @Test
    void twoStretchesWithLittleCpuInARowMeanASharedCore() {
        HelperCore core = new HelperCore();

        core.built(1_000_000, 950_000);
        assertFalse(core.sharesItsCore(), "a core of its own");
        core.built(1_000_000, 500_000);
        assertFalse(core.sharesItsCore(), "one dip is not enough");
        core.built(600_000, 300_000);
        core.built(400_000, 200_000);
        assertTrue(core.sharesItsCore(), "half a core twice");
        core.built(1_000_000, 500_000);
        assertFalse(core.sharesItsCore(), "counted again from there");
    }

    @Test
    void aStretchWithNothingBuiltSaysNothingAgainstIt() {
        HelperCore core = new HelperCore();

        core.built(1_000_000, 100_000);
        assertFalse(core.sharesItsCore());
        assertFalse(core.sharesItsCore(), "nothing built since");
        core.built(1_000_000, 100_000);
        assertFalse(core.sharesItsCore(), "the idle stretch broke the row");
    }
}
