package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Merges releases, oldest first, into a compiled release, exactly as ocds-merge does where its behaviour is defined:
 * later values replace earlier ones; objects merge field by field; arrays of objects merge by {@code id}; a
 * {@code null} removes a value (a {@code null} on an object or a merged list keeps the fields set earlier, and an
 * object whose fields are all {@code null} stays as {@code {}}); empty objects and empty identifier-merged arrays add
 * nothing. Where ocds-merge fails (a field that is a value in one release and an object in another) the newer value
 * is taken, and a warning says so. Never modifies the releases it reads.
 */
final class CompiledBuilder {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode merged = NODES.objectNode();
    private final Map<ArrayNode, IdIndex<ObjectNode>> mergedArrays = new IdentityHashMap<>();
    private final Warnings warnings;

    CompiledBuilder(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Merges one release's fields; its {@code id}, {@code date} and {@code tag} describe the release, not the process. */
    void add(ObjectNode release, RuleNode rules) {
        Trail trail = Trail.release(Releases.id(release));
        for (Iterator<Map.Entry<String, JsonNode>> fields = release.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("ocid")) {
                literal(merged, name, field.getValue(), false, trail);
            } else if (!Releases.isReleaseMetadata(name)) {
                field(merged, name, field.getValue(), rules.child(name), trail);
            }
        }
    }

    ObjectNode merged() {
        return merged;
    }

    /** Merges one field into {@code target}; true when it set, changed or removed something there. */
    private boolean field(ObjectNode target, String name, JsonNode value, RuleNode rule, Trail trail) {
        if (rule.omitted()) {
            return false;
        }
        if (Releases.isLiteral(value, rule)) {
            return literal(target, name, value, rule.wholeList(), trail);
        }
        if (value.isEmpty()) {
            return false;
        }
        return value.isObject()
                ? object(target, name, (ObjectNode) value, rule, trail)
                : array(target, name, (ArrayNode) value, rule, trail);
    }

    private boolean literal(ObjectNode target, String name, JsonNode value, boolean wholeList, Trail trail) {
        JsonNode existing = target.get(name);
        boolean container = !wholeList && existing != null && isMergedContainer(existing);
        if (value.isNull()) {
            if (existing != null && !container) {
                target.remove(name);
            }
            return true;
        }
        if (container) {
            warnings.inconsistentType(trail.field(name), true);
            return true;
        }
        target.set(name, value.isContainerNode() ? value.deepCopy() : value);
        return true;
    }

    private boolean object(ObjectNode target, String name, ObjectNode value, RuleNode rule, Trail trail) {
        JsonNode existing = target.get(name);
        if (existing instanceof ArrayNode array && mergedArrays.containsKey(array)) {
            warnings.inconsistentType(trail.field(name), true);
            return true;
        }
        ObjectNode child = existing instanceof ObjectNode object ? object : NODES.objectNode();
        boolean changed = fields(child, value, rule, trail.field(name));
        if (changed && child != existing) {
            replace(target, name, child, existing, trail);
        }
        return changed;
    }

    private boolean fields(ObjectNode target, ObjectNode value, RuleNode rule, Trail trail) {
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            changed |= field(target, field.getKey(), field.getValue(), rule.child(field.getKey()), trail);
        }
        return changed;
    }

    private boolean array(ObjectNode target, String name, ArrayNode value, RuleNode rule, Trail trail) {
        JsonNode existing = target.get(name);
        if (existing instanceof ObjectNode) {
            warnings.inconsistentType(trail.field(name), true);
            return true;
        }
        ArrayNode array = existing instanceof ArrayNode list && mergedArrays.containsKey(list) ? list : NODES.arrayNode();
        boolean changed = items(array, value, rule, trail.field(name));
        if (changed && array != existing) {
            replace(target, name, array, existing, trail);
        }
        return changed;
    }

    /** Identifier merge: an object whose {@code id} is already there updates it; any other is appended. */
    private boolean items(ArrayNode array, ArrayNode value, RuleNode rule, Trail trail) {
        IdIndex<ObjectNode> index = mergedArrays.computeIfAbsent(array, a -> new IdIndex<>());
        IdIndex<Boolean> seen = new IdIndex<>();
        boolean changed = false;
        for (int i = 0; i < value.size(); i++) {
            ObjectNode item = (ObjectNode) value.get(i);
            if (item.isEmpty()) {
                continue;
            }
            JsonNode id = IdIndex.identifier(item);
            Releases.checkRepeatedId(id, seen, trail.item(i), warnings);
            ObjectNode element = id == null ? null : index.find(id);
            if (element != null) {
                fields(element, item, rule, trail.item(i));
                changed = true;
                continue;
            }
            element = NODES.objectNode();
            if (fields(element, item, rule, trail.item(i))) {
                array.add(element);
                if (id != null) {
                    index.put(id, element);
                }
                changed = true;
            }
        }
        return changed;
    }

    /** Sets a new object or list where there was nothing, or (with a warning) a value of another type. */
    private void replace(ObjectNode target, String name, JsonNode container, JsonNode existing, Trail trail) {
        if (existing != null) {
            warnings.inconsistentType(trail.field(name), false);
        }
        target.set(name, container);
    }

    private boolean isMergedContainer(JsonNode node) {
        return node.isObject() || node instanceof ArrayNode array && mergedArrays.containsKey(array);
    }
}
