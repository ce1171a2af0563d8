package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge rules of a release schema as a tree of field names (array indexes left out), derived once as
 * ocds-merge derives them: local {@code $ref}s replaced by what they point to; {@code omitWhenMerged} (1.0:
 * {@code mergeStrategy: ocdsOmit}) first; then {@code wholeListMerge} (1.0: {@code ocdsVersion}) on arrays; objects
 * descended into; arrays whose items are not all objects, or whose objects have no {@code id}, merged whole; other
 * arrays of objects descended into (identifier merge).
 */
final class MergeRules {

    private static final int MAX_DEPTH = 32;

    private final RuleNode root;

    private MergeRules(RuleNode root) {
        this.root = root;
    }

    static MergeRules from(JsonNode releaseSchema) {
        Derivation derivation = new Derivation(releaseSchema);
        return new MergeRules(derivation.object(derivation.resolve(releaseSchema).path("properties"), 0));
    }

    RuleNode root() {
        return root;
    }

    /** The rule for a field path such as {@code tender/items}. */
    MergeRule of(String path) {
        RuleNode node = root;
        for (String name : path.split("/")) {
            node = node.child(name);
        }
        return node.rule();
    }

    private record Derivation(JsonNode root) {

        RuleNode object(JsonNode properties, int depth) {
            Map<String, RuleNode> children = new HashMap<>();
            if (depth <= MAX_DEPTH) {
                properties.properties().forEach(e -> children.put(e.getKey(), field(resolve(e.getValue()), depth)));
            }
            return new RuleNode(MergeRule.DEFAULT, children);
        }

        private RuleNode field(JsonNode field, int depth) {
            List<String> types = types(field);
            if (field.path("omitWhenMerged").asBoolean(false) || "ocdsOmit".equals(field.path("mergeStrategy").asText())) {
                return leaf(MergeRule.OMIT);
            }
            if (types.contains("array") && (field.path("wholeListMerge").asBoolean(false)
                    || "ocdsVersion".equals(field.path("mergeStrategy").asText()))) {
                return leaf(MergeRule.WHOLE_LIST);
            }
            if (types.contains("object") && field.has("properties")) {
                return object(field.get("properties"), depth + 1);
            }
            if (types.contains("array") && field.has("items")) {
                return items(resolve(field.get("items")), depth);
            }
            return RuleNode.UNDECLARED;
        }

        private RuleNode items(JsonNode items, int depth) {
            List<String> types = types(items);
            if (types.stream().anyMatch(type -> !type.equals("object"))) {
                return leaf(MergeRule.WHOLE_LIST);
            }
            if (!types.contains("object") || !items.has("properties")) {
                return RuleNode.UNDECLARED;
            }
            if (!items.get("properties").has("id")) {
                return leaf(MergeRule.WHOLE_LIST);
            }
            return object(items.get("properties"), depth + 1);
        }

        /** What a local {@code $ref} points to (followed repeatedly; sibling keywords ignored), or the node itself. */
        JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int hops = 0; hops < MAX_DEPTH && current.path("$ref").asText().startsWith("#"); hops++) {
                current = root.at(JsonPointer.compile(current.get("$ref").asText().substring(1)));
            }
            return current;
        }

        private static RuleNode leaf(MergeRule rule) {
            return new RuleNode(rule, Map.of());
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
