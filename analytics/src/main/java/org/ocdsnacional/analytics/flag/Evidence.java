package org.ocdsnacional.analytics.flag;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One fact behind a flag.
 *
 * @param field a JSON Pointer into the compiled release ({@code /tender/tenderPeriod/endDate}), or the name of a
 *              derived figure or a setting ({@code days}, {@code threshold}, {@code lowerFence})
 * @param value the value, as text
 */
public record Evidence(String field, String value) {

    public Evidence {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
    }

    /** A field of the release and its JSON value (text as it is, anything else as JSON). */
    public static Evidence of(String field, JsonNode value) {
        return new Evidence(field, value.isValueNode() ? value.asText() : value.toString());
    }

    /** A derived figure or a setting. */
    public static Evidence of(String field, Object value) {
        return new Evidence(field, String.valueOf(value));
    }
}
