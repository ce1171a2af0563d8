package org.ocdsnacional.ocds.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Rfc3339DateTimeFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"2014-01-01T00:00:00Z", "2017-03-31T23:59:59.123-06:00", "2016-02-29T10:00:00+05:30",
            "2014-01-01t00:00:00z"})
    void acceptsRfc3339DateTimes(String value) {
        assertTrue(Rfc3339DateTimeFormat.isDateTime(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-01-01", "2014-01-01T00:00:00", "2014-01-01 00:00:00Z", "2015-02-29T00:00:00Z",
            "2014-01-01T24:00:00Z", "0000-01-01T00:00:00Z", "31/05/2024", "2014-01-01T00:00:00-0600", ""})
    void rejectsAnythingElse(String value) {
        assertFalse(Rfc3339DateTimeFormat.isDateTime(value), value);
    }
}
