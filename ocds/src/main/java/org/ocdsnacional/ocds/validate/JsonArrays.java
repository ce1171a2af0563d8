package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Arrays as the rules read them: a value that should be an array but is not (a schema error) reads as empty. */
final class JsonArrays {

    private static final ArrayNode EMPTY = JsonNodeFactory.instance.arrayNode();

    private JsonArrays() {
    }

    static JsonNode of(JsonNode value) {
        return value.isArray() ? value : EMPTY;
    }
}
