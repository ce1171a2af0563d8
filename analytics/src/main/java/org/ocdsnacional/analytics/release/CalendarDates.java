package org.ocdsnacional.analytics.release;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The calendar day an OCDS date falls on in Mexico City, as the project counts days and years: a date-time with a
 * zone ({@code 2024-03-01T00:00:00Z}) is moved to Mexico City time; a date-time without one, or a bare date
 * ({@code 2024-03-01}), is taken as written. Anything else is no date.
 */
public final class CalendarDates {

    public static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final int DATE = 10;

    private CalendarDates() {
    }

    public static Optional<LocalDate> of(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.length() == DATE) {
                return Optional.of(LocalDate.parse(trimmed));
            }
            if (trimmed.length() < DATE + 6) {
                return Optional.empty();
            }
            String iso = trimmed.substring(0, DATE) + "T" + trimmed.substring(DATE + 1).toUpperCase(Locale.ROOT);
            return Optional.of(hasZone(iso) ? OffsetDateTime.parse(iso).atZoneSameInstant(MEXICO_CITY).toLocalDate()
                    : LocalDateTime.parse(iso).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean hasZone(String iso) {
        return iso.endsWith("Z") || iso.lastIndexOf('+') > DATE || iso.lastIndexOf('-') > DATE;
    }
}
