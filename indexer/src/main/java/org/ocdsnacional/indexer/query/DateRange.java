package org.ocdsnacional.indexer.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import static org.ocdsnacional.indexer.query.InvalidQueryException.shown;

/**
 * A range over one of a process's dates; bounds are inclusive ISO 8601 dates (days in Mexico City) or date-times with
 * an offset, with four-digit years. Each bound is checked and written the way OpenSearch reads it, and the range must
 * not end before it starts.
 */
public record DateRange(DateField field, Optional<String> from, Optional<String> to) {

    static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final int DAY_LENGTH = "2024-01-31".length();
    private static final int MAX_YEAR = 9999;

    public DateRange {
        from = from.map(DateRange::normalised);
        to = to.map(DateRange::normalised);
        if (from.isPresent() && to.isPresent() && start(from.get()).isAfter(end(to.get()))) {
            throw new InvalidQueryException("El rango de fechas empieza (" + from.get() + ") después de terminar ("
                    + to.get() + ") / The date range starts (" + from.get() + ") after it ends (" + to.get() + ").");
        }
    }

    /** Whether a bound is a whole day rather than an instant. */
    static boolean isDay(String bound) {
        return bound.length() == DAY_LENGTH;
    }

    private static String normalised(String text) {
        try {
            if (isDay(text)) {
                LocalDate day = LocalDate.parse(text);
                checkYear(text, day.getYear());
                return day.toString();
            }
            OffsetDateTime time = OffsetDateTime.parse(text);
            checkYear(text, time.getYear());
            return time.toString();
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(shown(text) + " no es una fecha ISO 8601 (2024-01-31 o "
                    + "2024-01-31T12:00:00Z) / " + shown(text) + " is not an ISO 8601 date (2024-01-31 or "
                    + "2024-01-31T12:00:00Z).");
        }
    }

    private static void checkYear(String text, int year) {
        if (year < 0 || year > MAX_YEAR) {
            throw new InvalidQueryException(shown(text) + ": el año debe tener cuatro cifras / " + shown(text)
                    + ": the year must have four digits.");
        }
    }

    private static Instant start(String bound) {
        return isDay(bound) ? LocalDate.parse(bound).atStartOfDay(MEXICO_CITY).toInstant()
                : OffsetDateTime.parse(bound).toInstant();
    }

    private static Instant end(String bound) {
        return isDay(bound) ? LocalDate.parse(bound).plusDays(1).atStartOfDay(MEXICO_CITY).toInstant().minusNanos(1)
                : OffsetDateTime.parse(bound).toInstant();
    }
}
