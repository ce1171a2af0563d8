package org.ocdsnacional.indexer.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {

    /** Dates as publishers write them, and the instant indexed (empty: no date). */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-01T12:00:00Z|2024-03-01T12:00:00Z",
            "2024-03-01T12:00:00-06:00|2024-03-01T18:00:00Z",
            "2024-03-01T12:00:00|2024-03-01T18:00:00Z",
            "2024-03-01|2024-03-01T06:00:00Z",
            "9999-12-31T00:00:00Z|9999-12-31T00:00:00Z",
            "+999999999-12-31T23:59:59Z|",
            "+10000-01-01T00:00:00Z|",
            "-0001-01-01T00:00:00Z|",
            "ayer|",
            "' '|",
    })
    void datesOutsideFourDigitYearsAreNoDates(String published, String indexed) {
        assertEquals(Optional.ofNullable(indexed), Dates.normalise(published));
    }
}
