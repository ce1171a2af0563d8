package org.ocdsnacional.ocds.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateTimesTest {

    @ParameterizedTest
    @CsvSource({
            "2024-05-31T13:45:00-06:00, 2024-05-31T19:45:00Z",
            "2024-05-31T13:45:00.123Z, 2024-05-31T13:45:00Z",
            "2024-05-31T13:45:00, 2024-05-31T13:45:00Z",
            "2024-05-31T13:45, 2024-05-31T13:45:00Z",
            "2024-05-31, 2024-05-31T00:00:00Z",
            "2024-02-29T00:00:00+0530, 2024-02-28T18:30:00Z",
            "1969-12-31T23:59:59Z, 1969-12-31T23:59:59Z"})
    void readsWhatPublishersWriteAsSecondsSinceTheEpoch(String text, String utc) {
        assertEquals(OptionalLong.of(OffsetDateTime.parse(utc).toEpochSecond()), DateTimes.epochSeconds(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/05/2024", "2024-02-30", "2023-02-29", "2024-13-01", "2024-05-31T25:00:00Z", "",
            "2024-05-31T13:45:00+25:00", "2024-05-31Tx"})
    void isNotFooledByWhatIsNotADate(String text) {
        assertEquals(OptionalLong.empty(), DateTimes.epochSeconds(text));
    }
}
