package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/** Tells OCDS shapes apart, the way ocdskit does where it has a rule. */
final class Shapes {

    private static final int LINKED_RELEASE_MAX_FIELDS = 3;

    private Shapes() {
    }

    /** A record's linked release: {@code url} and at most {@code date} and {@code tag} besides (ocdskit's rule). */
    static boolean isLinkedRelease(ObjectNode release) {
        return release.has("url") && release.size() <= LINKED_RELEASE_MAX_FIELDS;
    }

    static LinkedRelease link(ObjectNode release, String ocid) {
        JsonNode date = release.path("date");
        return new LinkedRelease(ocid, release.path("url").asText(""),
                date.isTextual() ? Optional.of(date.asText()) : Optional.empty(),
                Optional.ofNullable(release.get("tag")));
    }

    /**
     * A versioned release: its fields (or those of its objects, one level down) are lists of
     * {@code {releaseID, releaseDate, releaseTag, value}}.
     */
    static boolean isVersionedRelease(ObjectNode object) {
        for (JsonNode value : object) {
            if (isHistory(value) || value.isObject() && anyHistory(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyHistory(JsonNode object) {
        for (JsonNode value : object) {
            if (isHistory(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHistory(JsonNode value) {
        return value.isArray() && !value.isEmpty() && value.get(0).has("releaseDate") && value.get(0).has("value");
    }
}
