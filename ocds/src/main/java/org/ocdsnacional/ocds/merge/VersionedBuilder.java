package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private JsonNode ocid = JsonNodeFactory.instance.nullNode();

    VersionedBuilder(Warnings warnings) {
        this.warnings = warnings;
    }

    void add(ObjectNode release, RuleNode rules) {
        Origin origin = Origin.of(release);
        Trail trail = Trail.release(Releases.id(release));
        for (Iterator<Map.Entry<String, JsonNode>> fields = release.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("ocid")) {
                ocid = field.getValue();
            } else if (!Releases.isReleaseMetadata(name)) {
                field(root, name, field.getValue(), rules.child(name), origin, trail);
            }
        }
    }

    ObjectNode merged() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.set("ocid", ocid);
        json.setAll(root.toJson());
        return json;
    }

    private boolean field(Fields target, String name, JsonNode value, RuleNode rule, Origin origin, Trail trail) {
        if (rule.omitted()) {
            return false;
        }
        if (Releases.isLiteral(value, rule)) {
            literal(target, name, value, origin, trail);
            return true;
        }
        if (value.isEmpty()) {
            return false;
        }
        return value.isObject()
                ? object(target, name, (ObjectNode) value, rule, origin, trail)
                : array(target, name, value, rule, origin, trail);
    }

    private void literal(Fields target, String name, JsonNode value, Origin origin, Trail trail) {
        Node existing = target.fields.get(name);
        if (existing instanceof History history) {
            history.add(origin, value);
        } else if (existing == null) {
            History history = new History();
            history.add(origin, value);
            target.fields.put(name, history);
        } else if (!value.isNull()) {
            warnings.inconsistentType(trail.field(name), true);
        }
    }

    private boolean object(Fields target, String name, ObjectNode value, RuleNode rule, Origin origin, Trail trail) {
        Node existing = target.fields.get(name);
        if (existing instanceof Items) {
            warnings.inconsistentType(trail.field(name), true);
            return true;
        }
        Fields child = existing instanceof Fields fields ? fields : new Fields(null);
        boolean changed = fields(child, value, rule, origin, trail.field(name));
        if (changed && child != existing) {
            replace(target, name, child, existing, trail);
        }
        return changed;
    }

    private boolean fields(Fields target, ObjectNode value, RuleNode rule, Origin origin, Trail trail) {
        boolean changed = false;
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!(target.identified() && name.equals("id"))) {
                changed |= field(target, name, field.getValue(), rule.child(name), origin, trail);
            }
        }
        return changed;
    }

    private boolean array(Fields target, String name, JsonNode value, RuleNode rule, Origin origin, Trail trail) {
        Node existing = target.fields.get(name);
        if (existing instanceof Fields) {
            warnings.inconsistentType(trail.field(name), true);
            return true;
        }
        Items items = existing instanceof Items list ? list : new Items();
        boolean changed = items(items, value, rule, origin, trail.field(name));
        if (changed && items != existing) {
            replace(target, name, items, existing, trail);
        }
        return changed;
    }

    private boolean items(Items items, JsonNode value, RuleNode rule, Origin origin, Trail trail) {
        IdIndex<Boolean> seen = new IdIndex<>();
        boolean changed = false;
        for (int i = 0; i < value.size(); i++) {
            ObjectNode item = (ObjectNode) value.get(i);
            if (item.isEmpty()) {
                continue;
            }
            JsonNode id = IdIndex.identifier(item);
            Releases.checkRepeatedId(id, seen, trail.item(i), warnings);
            Fields element = id == null ? null : items.index.find(id);
            if (element != null) {
                fields(element, item, rule, origin, trail.item(i));
                changed = true;
                continue;
            }
            element = new Fields(id);
            if (fields(element, item, rule, origin, trail.item(i)) || id != null) {
                items.elements.add(element);
                if (id != null) {
                    items.index.put(id, element);
                }
                changed = true;
            }
        }
        return changed;
    }

    /** Sets a new object or list where there was nothing, or a history of nulls; warns when it replaces values. */
    private void replace(Fields target, String name, Node container, Node existing, Trail trail) {
        if (existing instanceof History history && !history.last().isNull()) {
            warnings.inconsistentType(trail.field(name), false);
        }
        target.fields.put(name, container);
    }
}
