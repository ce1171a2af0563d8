package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parties of a compiled release, to resolve an organization reference ({@code {id, name}}) to its party. */
final class Parties {

    private final JsonNode parties;

    Parties(JsonNode parties) {
        this.parties = parties;
    }

    /**
     * The party a reference points to by id (it carries the identifiers), or the reference itself when no party
     * has that id. A party without a name takes the reference's.
     */
    JsonNode resolve(JsonNode reference) {
        String id = reference.path("id").asText("");
        if (id.isEmpty()) {
            return reference;
        }
        for (JsonNode party : parties) {
            if (party.path("id").asText("").equals(id)) {
                return party.hasNonNull("name") || !(party instanceof ObjectNode object) ? party
                        : object.deepCopy().set("name", reference.path("name"));
            }
        }
        return reference;
    }

    Optional<JsonNode> withRole(String role) {
        return allWithRole(role).stream().findFirst();
    }

    List<JsonNode> allWithRole(String role) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode party : parties) {
            for (JsonNode declared : party.path("roles")) {
                if (declared.asText().equals(role)) {
                    found.add(party);
                }
            }
        }
        return found;
    }
}
