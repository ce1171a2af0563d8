package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;
import java.util.Optional;

/**
 * One OCDS release as published: the JSON object itself plus typed access to the keys that identify
 * it. The JSON is never modified after construction; callers that need to change it copy it first.
 */
public record Release(ObjectNode json) {

    public Release {
        Objects.requireNonNull(json, "json");
    }

    /** The ocid, or an empty string when the publisher left it out. */
    public String ocid() {
        return text("ocid");
    }

    /** The release id, or an empty string when absent. */
    public String id() {
        return text("id");
    }

    /** The release date as published (ISO 8601 text), if any. */
    public Optional<String> date() {
        String date = text("date");
        return date.isEmpty() ? Optional.empty() : Optional.of(date);
    }

    private String text(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
