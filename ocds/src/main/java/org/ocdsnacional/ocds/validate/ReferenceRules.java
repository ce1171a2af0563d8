package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * In OCDS 1.1, the buyer, the procuring entity, the tenderers and the award suppliers refer by id to an
 * organization in {@code parties}, which must carry the matching role.
 */
final class ReferenceRules {

    private final Map<String, Set<String>> roles;
    private final Findings findings;

    private ReferenceRules(Map<String, Set<String>> roles, Findings findings) {
        this.roles = roles;
        this.findings = findings;
    }

    static void check(JsonNode release, String pointer, Findings findings) {
        ReferenceRules rules = new ReferenceRules(roles(JsonArrays.of(release.path("parties"))), findings);
        JsonNode tender = release.path("tender");
        rules.reference(release.path("buyer"), "buyer", JsonPointers.child(pointer, "buyer"));
        String tenderAt = JsonPointers.child(pointer, "tender");
        rules.reference(tender.path("procuringEntity"), "procuringEntity", JsonPointers.child(tenderAt, "procuringEntity"));
        rules.each(tender.path("tenderers"), "tenderer", JsonPointers.child(tenderAt, "tenderers"));
        JsonNode awards = JsonArrays.of(release.path("awards"));
        for (int i = 0; i < awards.size(); i++) {
            String awardAt = JsonPointers.index(JsonPointers.child(pointer, "awards"), i);
            rules.each(awards.get(i).path("suppliers"), "supplier", JsonPointers.child(awardAt, "suppliers"));
        }
    }

    private static Map<String, Set<String>> roles(JsonNode parties) {
        Map<String, Set<String>> roles = new HashMap<>();
        for (JsonNode party : parties) {
            JsonNode id = party.path("id");
            if (id.isTextual() || id.isNumber()) {
                Set<String> partyRoles = roles.computeIfAbsent(id.asText(), k -> new HashSet<>());
                party.path("roles").forEach(role -> partyRoles.add(role.asText()));
            }
        }
        return roles;
    }

    private void each(JsonNode references, String role, String at) {
        JsonNode array = JsonArrays.of(references);
        for (int i = 0; i < array.size(); i++) {
            reference(array.get(i), role, JsonPointers.index(at, i));
        }
    }

    private void reference(JsonNode reference, String role, String at) {
        if (!reference.isObject() || reference.isEmpty()) {
            return;
        }
        JsonNode id = reference.path("id");
        if (!(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
            findings.add(Severity.WARNING, "reference.id_missing", at, reference.path("name").asText(""), () -> new Texts(
                    "La referencia " + at + " no tiene «id»: ponga el id de la organización en «parties» (rol «"
                            + role + "»)",
                    "The reference " + at + " has no «id»: give the id of the organization in «parties» (role «"
                            + role + "»)"), Map.of("role", role));
            return;
        }
        String idAt = JsonPointers.child(at, "id");
        Set<String> partyRoles = roles.get(id.asText());
        if (partyRoles == null) {
            findings.add(Severity.WARNING, "reference.party_missing", idAt, id.asText(), () -> Texts.about(id.asText(), idAt,
                    "no es el id de ninguna organización en «parties»: agréguela allí con el rol «" + role + "»",
                    "is the id of no organization in «parties»: add it there with the role «" + role + "»"),
                    Map.of("role", role));
        } else if (!partyRoles.contains(role)) {
            findings.add(Severity.WARNING, "reference.role_missing", idAt, id.asText(), () -> Texts.about(id.asText(), idAt,
                    "es una organización de «parties» sin el rol «" + role + "»: agrégueselo en «roles»",
                    "is an organization in «parties» without the role «" + role + "»: add it to its «roles»"),
                    Map.of("role", role));
        }
    }
}
