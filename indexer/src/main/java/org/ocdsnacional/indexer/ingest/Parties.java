package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parties of a compiled release, to resolve an organization reference ({@code {id, name}}) to its party. */
final class Parties {

    private final JsonNode parties;

    Parties(JsonNode parties) {
        this.parties = parties;
    }

    /** The party the reference points to by id, keeping the reference's name when the party has none. */
    JsonNode resolve(JsonNode reference) {
        String id = reference.path("id").asText("");
        if (id.isEmpty() || reference.hasNonNull("name")) {
            return reference;
        }
        for (JsonNode party : parties) {
            if (party.path("id").asText("").equals(id)) {
                return party;
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
