package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonToken;

/** JSON token kinds named as ijson (and so ocdskit) names them. */
final class Tokens {

    private Tokens() {
    }

    /** {@code string}, {@code number}, {@code boolean}, {@code null}, {@code start_map}... */
    static String kind(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "start_map";
            case END_OBJECT -> "end_map";
            case START_ARRAY -> "start_array";
            case END_ARRAY -> "end_array";
            case FIELD_NAME -> "map_key";
            default -> token.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
