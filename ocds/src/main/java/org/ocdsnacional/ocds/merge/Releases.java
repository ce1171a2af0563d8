package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
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
        return !value.isContainerNode() || rule.wholeList() || value.isArray() && !allObjects(value);
    }

    /** Warns when {@code id} already appeared in the same array of the same release. */
    static void checkRepeatedId(JsonNode id, IdIndex<Boolean> seen, Trail where, Warnings warnings) {
        if (id == null) {
            return;
        }
        if (seen.find(id) != null) {
            warnings.add(MergeWarning.Kind.DUPLICATE_OBJECT_ID, where, "Otro objeto de esta lista tiene el mismo id ("
                    + id.asText() + "); se fusionan / Another object in this list has the same id; they are merged");
            return;
        }
        seen.put(id, Boolean.TRUE);
    }

    private static boolean allObjects(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isObject()) {
                return false;
            }
        }
        return true;
    }
}
