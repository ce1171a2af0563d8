package org.ocdsnacional.indexer.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Publishers' dates, made indexable: RFC 3339, or a date-time or bare date without a zone, which Mexican publishers
 * mean in Mexico City time (a bare date is the start of that day there). A date outside the years 1 to 9999 (such as
 * {@code +999999999-12-31}, which Java reads but no index or RFC 3339 holds) is no date.
 */
final class Dates {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Dates() {
    }

    static Optional<String> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return instant(text.trim()).filter(instant -> !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST))
                .map(Instant::toString);
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notOffset) {
            return local(value);
        }
    }

    private static Optional<Instant> local(String value) {
        try {
            return Optional.of(LocalDateTime.parse(value).atZone(MEXICO_CITY).toInstant());
        } catch (DateTimeParseException notLocal) {
            return date(value);
        }
    }

    private static Optional<Instant> date(String value) {
        try {
            String day = value.length() >= 10 ? value.substring(0, 10) : value;
            return Optional.of(LocalDate.parse(day).atStartOfDay(MEXICO_CITY).toInstant());
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
