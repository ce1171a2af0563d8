package org.ocdsnacional.ocds.summary;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON values the way lib-cove-ocds's Python reads them: truthiness, and text. */
final class Values {

    private Values() {
    }

    /** Python truthiness: not missing, null, false, 0, "", {} or []. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.asDouble() != 0;
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        return !value.isEmpty();
    }

    /** The value as text: strings as they are, anything else as JSON. */
    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
