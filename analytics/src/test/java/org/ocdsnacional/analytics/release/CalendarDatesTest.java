package org.ocdsnacional.analytics.release;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dates as the flags read them: calendar days in Mexico City, and RFC 3339 instants strictly. */
class CalendarDatesTest {

    @Test
    void aZonedDateTimeFallsOnItsMexicoCityDayAndOtherDatesAreTakenAsWritten() {
        assertEquals(Optional.of(LocalDate.of(2023, 12, 31)), CalendarDates.of("2024-01-01T03:00:00Z"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), CalendarDates.of("2024-01-01T03:00:00-06:00"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), CalendarDates.of("2024-01-01T03:00:00"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), CalendarDates.of("2024-01-01"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), CalendarDates.of("2024-01-01 10:00:00+01:00"));
        assertEquals(Optional.empty(), CalendarDates.of("01/01/2024"));
        assertEquals(Optional.empty(), CalendarDates.of("2024-02-30"));
    }

    @Test
    void rfc3339NeedsSecondsAndAZone() {
        assertEquals(Optional.of(Instant.parse("2000-01-01T18:00:00Z")), Rfc3339.parse("2000-01-01t13:00:00-05:00"));
        assertEquals(Optional.of(Instant.parse("2000-01-01T18:00:00.5Z")), Rfc3339.parse("2000-01-01 18:00:00.5z"));
        assertEquals(Optional.empty(), Rfc3339.parse("2000-01-01T18:00Z"));
        assertEquals(Optional.empty(), Rfc3339.parse("2000-01-01T18:00:00"));
        assertEquals(Optional.empty(), Rfc3339.parse("2000-01-01"));
        assertEquals(Optional.empty(), Rfc3339.parse("invalid"));
    }
}
