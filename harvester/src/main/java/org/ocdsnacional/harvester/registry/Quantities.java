package org.ocdsnacional.harvester.registry;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations ({@code PT30S}, {@code 30s}, {@code 5m}) and sizes ({@code 512MiB}, {@code 2GB}) as people write them. */
final class Quantities {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([KMGT]i?B|B)?");
    private static final Map<String, Long> SIZE_UNITS = Map.of(
            "B", 1L, "KB", 1_000L, "MB", 1_000_000L, "GB", 1_000_000_000L, "TB", 1_000_000_000_000L,
            "KiB", 1L << 10, "MiB", 1L << 20, "GiB", 1L << 30, "TiB", 1L << 40);

    private Quantities() {
    }

    static Optional<Duration> duration(String text) {
        if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
            return iso(text);
        }
        Matcher simple = SIMPLE_DURATION.matcher(text);
        if (!simple.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(simple.group(1));
        return Optional.of(switch (simple.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        });
    }

    static OptionalLong bytes(String text) {
        Matcher size = SIZE.matcher(text);
        if (!size.matches()) {
            return OptionalLong.empty();
        }
        long unit = size.group(2) == null ? 1 : SIZE_UNITS.get(size.group(2));
        try {
            return OptionalLong.of(Math.multiplyExact(Long.parseLong(size.group(1)), unit));
        } catch (ArithmeticException tooLarge) {
            return OptionalLong.empty();
        }
    }

    private static Optional<Duration> iso(String text) {
        try {
            return Optional.of(Duration.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
