package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The parts of the package and record schemas that are checked apart from the releases they hold: a package
 * without its releases' (or records') items, a record without its releases and compiled release, a linked
 * release. Each keeps the definitions of its document, so that its local references resolve.
 */
final class Shells {

    private Shells() {
    }

    /** The release package schema without the items (and their uniqueness) of {@code releases}. */
    static ObjectNode releasePackage(ObjectNode schema) {
        return withoutItems(schema, "releases");
    }

    /** The record package schema without the items (and their uniqueness) of {@code records}. */
    static ObjectNode recordPackage(ObjectNode schema) {
        return withoutItems(schema, "records");
    }

    /** One record, without {@code releases} and {@code compiledRelease} (still required where the schema says). */
    static ObjectNode record(ObjectNode recordPackage) {
        ObjectNode record = standalone(recordPackage.path("definitions").path("record"), recordPackage);
        ObjectNode properties = (ObjectNode) record.path("properties");
        properties.remove("releases");
        properties.remove("compiledRelease");
        return record;
    }

    /** One linked release: the first alternative of a record's {@code releases}. */
    static ObjectNode linkedRelease(ObjectNode recordPackage) {
        JsonNode linked = recordPackage.path("definitions").path("record").path("properties").path("releases")
                .path("oneOf").path(0).path("items");
        return standalone(linked, recordPackage);
    }

    private static ObjectNode withoutItems(ObjectNode schema, String array) {
        ObjectNode copy = schema.deepCopy();
        if (copy.path("properties").get(array) instanceof ObjectNode property) {
            property.remove("items");
            property.remove("uniqueItems");
        }
        return copy;
    }

    private static ObjectNode standalone(JsonNode part, ObjectNode document) {
        ObjectNode copy = part.isObject() ? ((ObjectNode) part).deepCopy() : document.objectNode();
        copy.put("$schema", OcdsDialect.DRAFT_04);
        copy.set("definitions", document.path("definitions").deepCopy());
        return copy;
    }
}
