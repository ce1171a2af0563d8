package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.OptionalLong;

/** Dates as publishers write them, for comparing: with a zone, without (taken as UTC), or a bare date. */
final class Dates {

    private Dates() {
    }

    /** Seconds since the epoch, when {@code value} is a date or date-time. */
    static OptionalLong of(JsonNode value) {
        return value.isTextual() ? DateTimes.epochSeconds(value.asText()) : OptionalLong.empty();
    }
}
