package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/** What to say of an element of {@code releases} or {@code records} that is not a JSON object. */
final class NotAnObject {

    private NotAnObject() {
    }

    /** "La entrega no es un objeto JSON sino un texto / The release is not a JSON object but a string". */
    static String message(ReadProblem.Kind kind, ValueKind value) {
        boolean release = kind == ReadProblem.Kind.RELEASE_NOT_AN_OBJECT;
        return (release ? "La entrega" : "El registro") + " no es un objeto JSON sino " + value.es() + " / The "
                + (release ? "release" : "record") + " is not a JSON object but " + value.en();
    }

    /** The kind of the value at the parser's token. */
    static ValueKind kind(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> new ValueKind("un texto", "a string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new ValueKind("un número", "a number");
            case VALUE_TRUE, VALUE_FALSE -> new ValueKind("un booleano", "a boolean");
            case VALUE_NULL -> new ValueKind("null", "null");
            case START_ARRAY -> new ValueKind("una lista", "an array");
            default -> new ValueKind(Tokens.kind(token), Tokens.kind(token));
        };
    }

    /** The kind of a value already read. */
    static ValueKind kind(JsonNode value) {
        return kind(value.asToken());
    }

    /** A kind of JSON value, in Spanish and English. */
    record ValueKind(String es, String en) {
    }
}
