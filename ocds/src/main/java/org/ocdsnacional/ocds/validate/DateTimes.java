package org.ocdsnacional.ocds.validate;

import java.util.OptionalLong;

/**
 * Dates and date-times read by hand, without exceptions or regular expressions (validation reads millions):
 * {@code YYYY-MM-DD}, optionally followed by {@code THH:MM[:SS[.fraction]]} and a zone ({@code Z}, {@code ±HH:MM}
 * or {@code ±HHMM}; none means UTC).
 */
final class DateTimes {

    private static final int DATE = 10;

    private DateTimes() {
    }

    /** Seconds since the epoch, if {@code text} is a date or date-time as above. */
    static OptionalLong epochSeconds(String text) {
        Parsed parsed = parse(text, false);
        return parsed == null ? OptionalLong.empty() : OptionalLong.of(parsed.epochSeconds());
    }

    /**
     * Whether {@code text} is an RFC 3339 date-time as lib-cove-ocds checks it: {@code T} (any case), seconds, a
     * zone ({@code Z} or {@code ±HH:MM}), a real day of the month, a year after 0000, seconds up to 59.
     */
    static boolean isRfc3339(String text) {
        return parse(text, true) != null;
    }

    private static Parsed parse(String text, boolean strict) {
        if (text.length() < DATE || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2)
                || text.charAt(7) != '-' || !digits(text, 8, 2)) {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || (strict && year == 0)) {
            return null;
        }
        long days = daysFromCivil(year, month, day);
        if (text.length() == DATE) {
            return strict ? null : new Parsed(days * 86_400);
        }
        return time(text, days, strict);
    }

    private static Parsed time(String text, long days, boolean strict) {
        char separator = text.charAt(DATE);
        boolean t = separator == 'T' || separator == 't';
        if (!(t || (!strict && separator == ' ')) || text.length() < 16 || !digits(text, 11, 2)
                || text.charAt(13) != ':' || !digits(text, 14, 2)) {
            return null;
        }
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int at = 16;
        int second = 0;
        if (at < text.length() && text.charAt(at) == ':' && digits(text, at + 1, 2)) {
            second = number(text, at + 1, 2);
            at += 3;
        } else if (strict) {
            return null;
        }
        if (at < text.length() && text.charAt(at) == '.') {
            int start = ++at;
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == start) {
                return null;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long local = days * 86_400 + hour * 3_600L + minute * 60L + second;
        return zone(text, at, local, strict);
    }

    private static Parsed zone(String text, int at, long local, boolean strict) {
        if (at == text.length()) {
            return strict ? null : new Parsed(local);
        }
        char sign = text.charAt(at);
        if ((sign == 'Z' || sign == 'z') && at + 1 == text.length()) {
            return new Parsed(local);
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        boolean colon = at + 6 == text.length() && text.charAt(at + 3) == ':';
        boolean compact = !strict && at + 5 == text.length();
        if (!(colon || compact) || !digits(text, at + 1, 2) || !digits(text, colon ? at + 4 : at + 3, 2)) {
            return null;
        }
        int hours = number(text, at + 1, 2);
        int minutes = number(text, colon ? at + 4 : at + 3, 2);
        if (hours > 23 || minutes > 59) {
            return null;
        }
        int offset = (hours * 3_600 + minutes * 60) * (sign == '+' ? 1 : -1);
        return new Parsed(local - offset);
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** A parsed instant, in seconds since the epoch. */
    private record Parsed(long epochSeconds) {
    }
}
