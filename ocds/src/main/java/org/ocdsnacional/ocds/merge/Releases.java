package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the compiled and the versioned merge decide alike about a release and its values. */
final class Releases {

    private Releases() {
    }

    /** {@code id}, {@code date} and {@code tag} describe one release: they are never merged as fields. */
    static boolean isReleaseMetadata(String field) {
        return field.equals("id") || field.equals("date") || field.equals("tag");
    }

    /** The release's {@code id} as text, or empty. */
    static String id(ObjectNode release) {
        JsonNode id = release.get("id");
        return id == null || id.isNull() ? "" : id.asText();
    }

    /**
     * Whether {@code value} is merged as one value (replaced whole, or versioned whole): anything but an object or
     * an array, a whole-list-merge field, or an array holding anything other than objects.
     */
    static boolean isLiteral(JsonNode value, RuleNode rule) {
        return !(value instanceof ContainerNode) || rule.wholeList()
                || value instanceof ArrayNode array && !allObjects(array);
    }

    private static boolean allObjects(ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof ObjectNode)) {
                return false;
            }
        }
        return true;
    }
}
