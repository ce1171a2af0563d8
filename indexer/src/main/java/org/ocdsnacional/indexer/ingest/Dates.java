package org.ocdsnacional.indexer.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Publishers' dates, made indexable: RFC 3339, or a date-time or bare date without a zone, which Mexican publishers
 * mean in Mexico City time (a bare date is the start of that day there).
 */
final class Dates {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    private Dates() {
    }

    static Optional<String> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant().toString());
        } catch (DateTimeParseException notOffset) {
            return local(value);
        }
    }

    private static Optional<String> local(String value) {
        try {
            return Optional.of(LocalDateTime.parse(value).atZone(MEXICO_CITY).toInstant().toString());
        } catch (DateTimeParseException notLocal) {
            return date(value);
        }
    }

    private static Optional<String> date(String value) {
        try {
            String day = value.length() >= 10 ? value.substring(0, 10) : value;
            return Optional.of(LocalDate.parse(day).atStartOfDay(MEXICO_CITY).toInstant().toString());
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
