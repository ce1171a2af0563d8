package org.ocdsnacional.analytics.release;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RFC 3339 date-times, strictly, as Cardinal reads them (chrono's {@code parse_from_rfc3339}): a date, {@code T}
 * (or {@code t} or a space), hours, minutes and seconds, an optional fraction, and a zone ({@code Z} or
 * {@code ±HH:MM}). Anything else (a bare date, no seconds, no zone) is no date-time.
 */
public final class Rfc3339 {

    private static final Pattern SHAPE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    private Rfc3339() {
    }

    public static Optional<Instant> parse(String text) {
        if (!SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        String iso = text.substring(0, 10) + "T" + text.substring(11).toUpperCase(Locale.ROOT);
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
