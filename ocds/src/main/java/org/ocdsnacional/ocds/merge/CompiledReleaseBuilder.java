package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Merges releases, oldest first, into one object by the merge rules: later values replace earlier ones,
 * objects merge field by field, arrays of objects merge by {@code id}, {@code null} removes a field, empty
 * objects and empty identifier-merged arrays add nothing. Never modifies the releases it reads.
 */
final class CompiledReleaseBuilder {

    private final MergeRules rules;
    private final ObjectNode merged;

    CompiledReleaseBuilder(MergeRules rules, ObjectNode empty) {
        this.rules = rules;
        this.merged = empty;
    }

    void add(ObjectNode release) {
        mergeObject(merged, release, "");
    }

    ObjectNode merged() {
        return merged;
    }

    private void mergeObject(ObjectNode target, ObjectNode source, String path) {
        source.properties().forEach(e -> mergeField(target, e.getKey(), e.getValue(), MergeRules.child(path, e.getKey())));
    }

    private void mergeField(ObjectNode target, String name, JsonNode value, String path) {
        MergeRule rule = rules.of(path);
        if (rule == MergeRule.OMIT) {
            return;
        }
        if (value.isNull()) {
            target.remove(name);
        } else if (value instanceof ObjectNode object) {
            mergeChildObject(target, name, object, path);
        } else if (value instanceof ArrayNode array) {
            mergeArray(target, name, array, rule, path);
        } else {
            target.set(name, value);
        }
    }

    private void mergeChildObject(ObjectNode target, String name, ObjectNode value, String path) {
        ObjectNode child = target.get(name) instanceof ObjectNode existing ? existing : target.objectNode();
        mergeObject(child, value, path);
        if (!child.isEmpty()) {
            target.set(name, child);
        }
    }

    private void mergeArray(ObjectNode target, String name, ArrayNode value, MergeRule rule, String path) {
        if (rule == MergeRule.WHOLE_LIST || !allObjects(value)) {
            target.set(name, value.deepCopy());
            return;
        }
        JsonNode existing = target.get(name);
        ArrayNode array = existing instanceof ArrayNode items && allObjects(items) ? items : target.arrayNode();
        mergeById(array, value, path);
        if (!array.isEmpty()) {
            target.set(name, array);
        }
    }

    /** Identifier merge: an object whose {@code id} is already there updates it; any other is appended. */
    private void mergeById(ArrayNode array, ArrayNode value, String path) {
        Map<JsonNode, ObjectNode> byId = index(array);
        for (JsonNode item : value) {
            JsonNode id = idOf(item);
            ObjectNode element = id == null ? null : byId.get(id);
            if (element != null) {
                mergeObject(element, (ObjectNode) item, path);
                continue;
            }
            ObjectNode added = array.objectNode();
            mergeObject(added, (ObjectNode) item, path);
            if (!added.isEmpty()) {
                array.add(added);
                if (id != null) {
                    byId.put(id, added);
                }
            }
        }
    }

    private static Map<JsonNode, ObjectNode> index(ArrayNode array) {
        Map<JsonNode, ObjectNode> byId = new HashMap<>();
        for (JsonNode element : array) {
            JsonNode id = idOf(element);
            if (id != null) {
                byId.putIfAbsent(id, (ObjectNode) element);
            }
        }
        return byId;
    }

    private static JsonNode idOf(JsonNode object) {
        JsonNode id = object.get("id");
        return id == null || id.isNull() ? null : id;
    }

    private static boolean allObjects(ArrayNode array) {
        for (JsonNode item : array) {
            if (!item.isObject()) {
                return false;
            }
        }
        return true;
    }
}
