package org.ocdsnacional.ocds.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code date-time} format as lib-cove-ocds checks it (Python's {@code rfc3339-validator}): RFC 3339
 * {@code YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)}, case-insensitive {@code T} and {@code Z}, a real day of
 * the month, no year 0000. Seconds stop at 59, as in the peer.
 */
final class Rfc3339DateTimeFormat implements Format {

    private static final Pattern RFC3339 = Pattern.compile(
            "(\\d{4})-(0[1-9]|1[0-2])-(\\d{2})T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?"
                    + "(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)");

    @Override
    public String getName() {
        return "date-time";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return isDateTime(value);
    }

    static boolean isDateTime(String value) {
        Matcher m = RFC3339.matcher(value.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(3));
        return year > 0 && day >= 1 && day <= YearMonth.of(year, Integer.parseInt(m.group(2))).lengthOfMonth();
    }
}
