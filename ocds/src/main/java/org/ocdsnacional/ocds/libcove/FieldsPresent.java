package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields present in data, by path without array indexes ({@code /releases/buyer/name}), each with its
 * occurrences (concrete path → value as text), as lib-cove's generic paths list them.
 */
final class FieldsPresent {

    private FieldsPresent() {
    }

    static Map<String, Map<String, String>> of(JsonNode data) {
        Map<String, Map<String, String>> present = new LinkedHashMap<>();
        walk(data, "", "", present);
        return present;
    }

    private static void walk(JsonNode node, String generic, String concrete, Map<String, Map<String, String>> present) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String genericPath = generic + "/" + e.getKey();
                String concretePath = concrete + "/" + e.getKey();
                present.computeIfAbsent(genericPath, k -> new LinkedHashMap<>())
                        .put(concretePath.substring(1), e.getValue().isValueNode() ? e.getValue().asText() : "");
                walk(e.getValue(), genericPath, concretePath, present);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), generic, concrete + "/" + i, present);
            }
        }
    }
}
