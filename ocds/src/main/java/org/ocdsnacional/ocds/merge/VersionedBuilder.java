package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.CompactFields;
import org.ocdsnacional.ocds.merge.VersionedTree.Fields;
import org.ocdsnacional.ocds.merge.VersionedTree.History;
import org.ocdsnacional.ocds.merge.VersionedTree.Items;
import org.ocdsnacional.ocds.merge.VersionedTree.Node;
import org.ocdsnacional.ocds.merge.VersionedTree.Origin;

import java.util.Iterator;
import java.util.Map;

/**
 * Merges releases, oldest first, into a versioned release, as ocds-merge does: each value becomes a history of
 * {@code {releaseID, releaseDate, releaseTag, value}} that grows only when the value changes; objects merge field by
 * field; arrays of objects merge by {@code id}, which is kept as is rather than versioned; {@code ocid} is not
 * versioned; {@code id}, {@code date} and {@code tag} only describe where values came from. Where ocds-merge fails (a
 * value in one release, an object in a later one) the object replaces the history, with a warning.
 */
final class VersionedBuilder {

    private final Fields root = new Fields(null);
    private final Warnings warnings;
    private final Trail trail = new Trail();
    private JsonNode ocid = JsonNodeFactory.instance.nullNode();
    private Origin origin;
    private int release;

    VersionedBuilder(Warnings warnings) {
        this.warnings = warnings;
    }

    void add(ObjectNode json, RuleNode rules) {
        release++;
        origin = Origin.of(json);
        trail.start(json);
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("ocid")) {
                ocid = field.getValue();
            } else if (!Releases.isReleaseMetadata(name)) {
                field(root, name, field.getValue(), rules);
            }
        }
    }

    ObjectNode merged() {
        ObjectNode json = CompactFields.objectNode();
        json.set("ocid", ocid);
        json.setAll(root.toJson());
        return json;
    }

    private boolean field(Fields target, String name, JsonNode value, RuleNode parent) {
        RuleNode rule = value instanceof ContainerNode ? parent.child(name) : parent.valueChild(name);
        if (rule.omitted()) {
            return false;
        }
        if (Releases.isLiteral(value, rule)) {
            literal(target, name, value);
            return true;
        }
        if (value.size() == 0) {
            return false;
        }
        trail.enter(name);
        boolean changed = value instanceof ObjectNode object
                ? object(target, name, object, rule)
                : array(target, name, value, rule);
        trail.leave();
        return changed;
    }

    private void literal(Fields target, String name, JsonNode value) {
        Node existing = target.fields.get(name);
        if (existing instanceof History history) {
            history.add(origin, value);
        } else if (existing == null) {
            History history = new History();
            history.add(origin, value);
            target.fields.put(name, history);
        } else if (!(value instanceof NullNode)) {
            warnings.inconsistentType(trail, trail.pointerTo(name), true);
        }
    }

    private boolean object(Fields target, String name, ObjectNode value, RuleNode rule) {
        Node existing = target.fields.get(name);
        if (existing instanceof Items) {
            warnings.inconsistentType(trail, trail.pointer(), true);
            return true;
        }
        Fields child = existing instanceof Fields fields ? fields : new Fields(null);
        boolean changed = fields(child, value, rule);
        if (changed && child != existing) {
            replace(target, name, child, existing);
        }
        return changed;
    }

    private boolean fields(Fields target, ObjectNode value, RuleNode rule) {
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!(target.identified() && name.equals("id"))) {
                changed |= field(target, name, field.getValue(), rule);
            }
        }
        return changed;
    }

    private boolean array(Fields target, String name, JsonNode value, RuleNode rule) {
        Node existing = target.fields.get(name);
        if (existing instanceof Fields) {
            warnings.inconsistentType(trail, trail.pointer(), true);
            return true;
        }
        Items items = existing instanceof Items list ? list : new Items();
        boolean changed = false;
        for (int i = 0; i < value.size(); i++) {
            ObjectNode item = (ObjectNode) value.get(i);
            if (item.size() > 0) {
                trail.enterItem(i);
                changed |= item(items, item, rule);
                trail.leave();
            }
        }
        if (changed && items != existing) {
            replace(target, name, items, existing);
        }
        return changed;
    }

    private boolean item(Items items, ObjectNode item, RuleNode rule) {
        JsonNode id = IdIndex.identifier(item);
        int position = id == null ? -1 : items.index.find(id);
        if (position >= 0) {
            if (items.index.touch(position, release)) {
                warnings.repeatedId(trail, id.asText());
            }
            fields(items.index.element(position), item, rule);
            return true;
        }
        Fields element = new Fields(id);
        if (!fields(element, item, rule) && id == null) {
            return false;
        }
        items.elements.add(element);
        if (id != null) {
            items.index.put(id, element, release);
        }
        return true;
    }

    /** Sets a new object or list where there was nothing, or a history of nulls; warns when it replaces values. */
    private void replace(Fields target, String name, Node container, Node existing) {
        if (existing instanceof History history && !history.last().isNull()) {
            warnings.inconsistentType(trail, trail.pointer(), false);
        }
        target.fields.put(name, container);
    }
}
