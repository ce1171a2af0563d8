package org.ocdsnacional.web.export;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.indexer.schema.ProcessSummary;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvColumnsTest {

    /**
     * Every column reads a field of the process's summary, so that the download reads that alone and never
     * makes OpenSearch parse a process's whole source (a column of another field would fall back to it, slowly).
     */
    @Test
    void everyColumnReadsAFieldOfTheStoredSummary() {
        assertTrue(ProcessSummary.holds(CsvColumns.fields()), "fields the summary lacks: "
                + CsvColumns.fields().stream().filter(field -> !ProcessSummary.FIELDS.contains(field)).toList());
    }
}
