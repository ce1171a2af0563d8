package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.CompactFields;

import java.util.Iterator;
import java.util.Map;

/**
 * Merges releases, oldest first, into a compiled release, exactly as ocds-merge does where its behaviour is defined:
 * later values replace earlier ones; objects merge field by field; arrays of objects merge by {@code id}; a
 * {@code null} removes a value (a {@code null} on an object or a merged list keeps the fields set earlier, and an
 * object whose fields are all {@code null} stays as {@code {}}); empty objects and empty identifier-merged arrays add
 * nothing. Where ocds-merge fails (a field that is a value in one release and an object in a later one) the newer
 * value is taken; where it keeps the earlier object, so does this; either way a warning says so. Never modifies the
 * releases it reads.
 */
final class CompiledBuilder {

    private final ObjectNode merged;
    private final Warnings warnings;
    private final Trail trail = new Trail();
    private int release;

    /** Merges into {@code merged}, whose fields (if any) come first in the compiled release. */
    CompiledBuilder(ObjectNode merged, Warnings warnings) {
        this.merged = merged;
        this.warnings = warnings;
    }

    /** Merges one release's fields; its {@code id}, {@code date} and {@code tag} describe the release, not the process. */
    void add(ObjectNode json, RuleNode rules) {
        release++;
        trail.start(json);
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("ocid")) {
                literal(merged, name, field.getValue(), false);
            } else if (!Releases.isReleaseMetadata(name)) {
                field(merged, name, field.getValue(), rules);
            }
        }
    }

    /** Merges one field into {@code target}; true when it set, changed or removed something there. */
    private boolean field(ObjectNode target, String name, JsonNode value, RuleNode parent) {
        RuleNode rule = value instanceof ContainerNode ? parent.child(name) : parent.valueChild(name);
        if (rule.omitted()) {
            return false;
        }
        if (Releases.isLiteral(value, rule)) {
            return literal(target, name, value, rule.wholeList());
        }
        if (value.size() == 0) {
            return false;
        }
        trail.enter(name);
        boolean changed = value instanceof ObjectNode object
                ? object(target, name, object, rule)
                : array(target, name, (ArrayNode) value, rule);
        trail.leave();
        return changed;
    }

    /** Sets (or, for {@code null}, removes) a value; an object or merged list there is kept, as ocds-merge keeps it. */
    private boolean literal(ObjectNode target, String name, JsonNode value, boolean wholeList) {
        JsonNode previous = value instanceof NullNode ? target.remove(name)
                : target.replace(name, value instanceof ContainerNode ? value.deepCopy() : value);
        if (previous != null && !wholeList && isMergedContainer(previous)) {
            target.set(name, previous);
            if (!(value instanceof NullNode)) {
                warnings.inconsistentType(trail, trail.pointerTo(name), true);
            }
        }
        return true;
    }

    private boolean object(ObjectNode target, String name, ObjectNode value, RuleNode rule) {
        JsonNode existing = target.get(name);
        if (existing instanceof MergedArray) {
            warnings.inconsistentType(trail, trail.pointer(), true);
            return true;
        }
        ObjectNode child = existing instanceof ObjectNode object ? object : CompactFields.objectNode();
        boolean changed = fields(child, value, rule);
        if (changed && child != existing) {
            replace(target, name, child, existing);
        }
        return changed;
    }

    private boolean fields(ObjectNode target, ObjectNode value, RuleNode rule) {
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            changed |= field(target, field.getKey(), field.getValue(), rule);
        }
        return changed;
    }

    private boolean array(ObjectNode target, String name, ArrayNode value, RuleNode rule) {
        JsonNode existing = target.get(name);
        if (existing instanceof ObjectNode) {
            warnings.inconsistentType(trail, trail.pointer(), true);
            return true;
        }
        MergedArray array = existing instanceof MergedArray list ? list : new MergedArray();
        boolean changed = items(array, value, rule);
        if (changed && array != existing) {
            replace(target, name, array, existing);
        }
        return changed;
    }

    /** Identifier merge: an object whose {@code id} is already there updates it; any other is appended. */
    private boolean items(MergedArray array, ArrayNode value, RuleNode rule) {
        boolean changed = false;
        for (int i = 0; i < value.size(); i++) {
            ObjectNode item = (ObjectNode) value.get(i);
            if (item.size() > 0) {
                trail.enterItem(i);
                changed |= item(array, item, rule);
                trail.leave();
            }
        }
        return changed;
    }

    private boolean item(MergedArray array, ObjectNode item, RuleNode rule) {
        IdIndex<ObjectNode> index = array.index();
        JsonNode id = IdIndex.identifier(item);
        int position = id == null ? -1 : index.find(id);
        if (position >= 0) {
            if (index.touch(position, release)) {
                warnings.repeatedId(trail, id.asText());
            }
            fields(index.element(position), item, rule);
            return true;
        }
        ObjectNode element = CompactFields.objectNode();
        if (!fields(element, item, rule)) {
            return false;
        }
        array.add(element);
        if (id != null) {
            index.put(id, element, release);
        }
        return true;
    }

    /** Sets a new object or list where there was nothing, or (with a warning) a value of another type. */
    private void replace(ObjectNode target, String name, JsonNode container, JsonNode existing) {
        if (existing != null) {
            warnings.inconsistentType(trail, trail.pointer(), false);
        }
        target.set(name, container);
    }

    private static boolean isMergedContainer(JsonNode node) {
        return node instanceof ObjectNode || node instanceof MergedArray;
    }
}
