package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PublishedNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON from the index as the plain Java values graphql-java resolves fields from: objects as maps (in their order),
 * arrays as lists, decimals as {@link java.math.BigDecimal} (amounts stay exact), integers as integers, absurd
 * numbers as their text. A direct walk, several times cheaper than a Jackson conversion on the hot search path.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Object of(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> map(node);
            case ARRAY -> list(node);
            case STRING -> node.textValue();
            case NUMBER -> number(node);
            case BOOLEAN -> node.booleanValue();
            case BINARY, POJO -> node.asText();
            case NULL, MISSING -> null;
        };
    }

    /**
     * A decimal as {@link java.math.BigDecimal}, an integer as an integer; an absurd number ({@code 1e-999999999})
     * as its text, as published: written out in full it would take a gigabyte.
     */
    private static Object number(JsonNode node) {
        if (PublishedNumber.isAbsurd(node)) {
            return node.asText();
        }
        return node.isFloatingPointNumber() ? node.decimalValue() : node.numberValue();
    }

    /** An object as a map; an empty map for anything else. */
    static Map<String, Object> map(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        node.properties().forEach(field -> map.put(field.getKey(), of(field.getValue())));
        return map;
    }

    private static List<Object> list(JsonNode node) {
        List<Object> list = new ArrayList<>(node.size());
        node.forEach(item -> list.add(of(item)));
        return list;
    }
}
