package org.ocdsnacional.ocds.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunCountsTest {

    @Test
    void theLogLineNamesEveryCountOnceWithoutTheRecordsSyntax() {
        RunCounts counts = new RunCounts(8, 1, 5_469_815, 1415, 3, 2, 1410, 0, 4, 17, 33, 400, 5,
                new HttpOutcomes(7, 2, 0, 1, 1, 0, 0, 0));

        assertEquals("releases 1415 (new 3, changed 2, unchanged 1410, duplicates 0, "
                + "invalid 17, issues 33), processes 400, withdrawn 4; requests 8 (failed 1, 304 2, retries 1, 4xx 1, "
                + "5xx 0, network 0, refused 0), 5469815 bytes, unchanged documents 5", counts.toString());
    }
}
