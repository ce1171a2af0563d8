package org.ocdsnacional.ocds.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

/**
 * The {@code date-time} format as lib-cove-ocds checks it (Python's {@code rfc3339-validator}): RFC 3339
 * {@code YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)}, case-insensitive {@code T} and {@code Z}, a real day of
 * the month, no year 0000. Seconds stop at 59, as in the peer.
 */
final class Rfc3339DateTimeFormat implements Format {

    @Override
    public String getName() {
        return "date-time";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return isDateTime(value);
    }

    static boolean isDateTime(String value) {
        return DateTimes.isRfc3339(value);
    }
}
