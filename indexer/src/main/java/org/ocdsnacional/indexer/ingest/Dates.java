package org.ocdsnacional.indexer.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Publishers' dates, made indexable: RFC 3339, a local date-time (taken as UTC), or a bare date. */
final class Dates {

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
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toString());
        } catch (DateTimeParseException notLocal) {
            return date(value);
        }
    }

    private static Optional<String> date(String value) {
        try {
            String day = value.length() >= 10 ? value.substring(0, 10) : value;
            return Optional.of(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
