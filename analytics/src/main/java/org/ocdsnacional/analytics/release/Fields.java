package org.ocdsnacional.analytics.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Members of a JSON object read with their exact type, as Cardinal reads them: a field of another type is as if it
 * were absent ({@code "status": 1} is no status, {@code "tenderers": {}} no tenderers).
 */
public final class Fields {

    private Fields() {
    }

    /** The member's text, if it is a string. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    /** The member if it is an object, else a missing node (whose members are all missing). */
    public static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isObject() ? value : MissingNode.getInstance();
    }

    /** Whether the member is an array. */
    public static boolean isArray(JsonNode node, String field) {
        return node.path(field).isArray();
    }

    /** The member's elements if it is an array, else none. */
    public static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    /** An identifier as publishers write it: a string, or a number taken as its text. */
    public static Optional<String> id(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isTextual() || value.isIntegralNumber()) {
            return Optional.of(value.asText()).filter(id -> !id.isBlank());
        }
        return Optional.empty();
    }

    /** The member as a double, if it is a number. */
    public static OptionalDouble number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? OptionalDouble.of(value.doubleValue()) : OptionalDouble.empty();
    }

    /** Whether {@code status} is a string equal to {@code expected}. */
    public static boolean hasStatus(JsonNode node, String expected) {
        return text(node, "status").filter(expected::equals).isPresent();
    }

    /** The JSON Pointer of element {@code index} of array {@code field} under {@code parent} ("/awards/0"). */
    public static String pointer(String parent, String field, int index) {
        return parent + "/" + field + "/" + index;
    }
}
