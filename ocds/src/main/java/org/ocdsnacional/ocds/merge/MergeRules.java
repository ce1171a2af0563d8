package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge rules of a release schema, by field path without array indexes ({@code tender/items}), derived
 * once as ocds-merge derives them: {@code $ref}s to the schema's definitions followed; {@code omitWhenMerged}
 * first; then {@code wholeListMerge}; objects descended into; arrays whose items are not all objects, or whose
 * objects have no {@code id}, merged whole; other arrays of objects descended into (identifier merge).
 */
final class MergeRules {

    private static final int MAX_DEPTH = 32;

    private final Map<String, MergeRule> rules;

    private MergeRules(Map<String, MergeRule> rules) {
        this.rules = Map.copyOf(rules);
    }

    static MergeRules from(JsonNode releaseSchema) {
        Map<String, MergeRule> rules = new HashMap<>();
        new Derivation(releaseSchema, rules).properties(releaseSchema.path("properties"), "", 0);
        return new MergeRules(rules);
    }

    /** The rule for a field path such as {@code tender/items}. */
    MergeRule of(String path) {
        return rules.getOrDefault(path, MergeRule.DEFAULT);
    }

    /** Appends a field name to a rule path. */
    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "/" + name;
    }

    private record Derivation(JsonNode root, Map<String, MergeRule> rules) {

        void properties(JsonNode properties, String path, int depth) {
            if (depth > MAX_DEPTH) {
                return;
            }
            properties.properties().forEach(e -> field(e.getValue(), child(path, e.getKey()), depth));
        }

        private void field(JsonNode declared, String path, int depth) {
            JsonNode field = resolve(declared);
            List<String> types = types(field);
            if (flag(declared, field, "omitWhenMerged") || "ocdsOmit".equals(strategy(declared, field))) {
                rules.put(path, MergeRule.OMIT);
            } else if (types.contains("array") && (flag(declared, field, "wholeListMerge")
                    || "ocdsVersion".equals(strategy(declared, field)))) {
                rules.put(path, MergeRule.WHOLE_LIST);
            } else if (types.contains("object") && field.has("properties")) {
                properties(field.get("properties"), path, depth + 1);
            } else if (types.contains("array") && field.has("items")) {
                items(resolve(field.get("items")), path, depth);
            }
        }

        private void items(JsonNode items, String path, int depth) {
            List<String> types = types(items);
            if (types.stream().anyMatch(type -> !type.equals("object"))) {
                rules.put(path, MergeRule.WHOLE_LIST);
            } else if (types.contains("object") && items.has("properties")) {
                if (!items.get("properties").has("id")) {
                    rules.put(path, MergeRule.WHOLE_LIST);
                } else {
                    properties(items.get("properties"), path, depth + 1);
                }
            }
        }

        /** The definition a local {@code $ref} points to (followed repeatedly), or the node itself. */
        private JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int hops = 0; hops < MAX_DEPTH && current.path("$ref").asText().startsWith("#"); hops++) {
                current = root.at(JsonPointer.compile(current.get("$ref").asText().substring(1)));
            }
            return current;
        }

        private static boolean flag(JsonNode declared, JsonNode resolved, String name) {
            return declared.path(name).asBoolean(false) || resolved.path(name).asBoolean(false);
        }

        private static String strategy(JsonNode declared, JsonNode resolved) {
            return declared.has("mergeStrategy") ? declared.get("mergeStrategy").asText()
                    : resolved.path("mergeStrategy").asText();
        }

        private static List<String> types(JsonNode field) {
            JsonNode type = field.path("type");
            List<String> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else if (type.isTextual()) {
                types.add(type.asText());
            }
            return types;
        }
    }
}
