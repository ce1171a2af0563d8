package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.CompactFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned release while it is built: objects of fields, identifier-merged lists of objects, and histories of
 * versioned values. Kept apart from JSON until the end, because a history and a merged list are both JSON arrays.
 */
final class VersionedTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private VersionedTree() {
    }

    /** A node of the tree. */
    sealed interface Node permits Fields, Items, History {
        JsonNode toJson();
    }

    /** The release a value was taken from. */
    record Origin(JsonNode releaseId, JsonNode releaseDate, JsonNode releaseTag) {

        static Origin of(ObjectNode release) {
            return new Origin(orNull(release.get("id")), orNull(release.get("date")), orNull(release.get("tag")));
        }

        private static JsonNode orNull(JsonNode node) {
            return node == null ? NODES.nullNode() : node;
        }
    }

    /** An object: its fields in the order first met. */
    static final class Fields implements Node {
        final Map<String, Node> fields = new LinkedHashMap<>();
        private final JsonNode id;

        /** An object; {@code id} is its identifier in a merged list (kept as is, not versioned), or null. */
        Fields(JsonNode id) {
            this.id = id;
        }

        /** Whether this is an object of a merged list with an {@code id}, which is kept rather than versioned. */
        boolean identified() {
            return id != null;
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = CompactFields.objectNode();
            if (id != null) {
                json.set("id", id);
            }
            fields.forEach((name, node) -> json.set(name, node.toJson()));
            return json;
        }
    }

    /** A list of objects merged by {@code id}. */
    static final class Items implements Node {
        final List<Fields> elements = new ArrayList<>();
        final IdIndex<Fields> index = new IdIndex<>();

        @Override
        public ArrayNode toJson() {
            ArrayNode json = NODES.arrayNode(elements.size());
            elements.forEach(element -> json.add(element.toJson()));
            return json;
        }
    }

    /** The values a field took, each with the release it came from; a value equal to the last one is not repeated. */
    static final class History implements Node {
        private final List<Origin> origins = new ArrayList<>(2);
        private final List<JsonNode> values = new ArrayList<>(2);

        void add(Origin origin, JsonNode value) {
            if (values.isEmpty() || !last().equals(value)) {
                origins.add(origin);
                values.add(value.isContainerNode() ? value.deepCopy() : value);
            }
        }

        JsonNode last() {
            return values.getLast();
        }

        @Override
        public ArrayNode toJson() {
            ArrayNode json = NODES.arrayNode(values.size());
            for (int i = 0; i < values.size(); i++) {
                Origin origin = origins.get(i);
                ObjectNode version = json.addObject();
                version.set("releaseID", origin.releaseId());
                version.set("releaseDate", origin.releaseDate());
                version.set("releaseTag", origin.releaseTag());
                version.set("value", values.get(i));
            }
            return json;
        }
    }
}
