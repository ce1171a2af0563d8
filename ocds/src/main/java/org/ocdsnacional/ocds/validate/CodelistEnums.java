package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Removes the {@code enum} of fields with a closed codelist (from the field, or from an array field's items), so
 * that the JSON Schema check does not report what the codelist check reports.
 */
final class CodelistEnums {

    private CodelistEnums() {
    }

    /** A copy of {@code schema} without those enums. */
    static ObjectNode removed(ObjectNode schema) {
        ObjectNode copy = schema.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("codelist").isTextual()
                && !object.path("openCodelist").asBoolean(false)) {
            object.remove("enum");
            if (object.get("items") instanceof ObjectNode items) {
                items.remove("enum");
            }
        }
        if (node.isContainerNode()) {
            node.forEach(CodelistEnums::strip);
        }
    }
}
