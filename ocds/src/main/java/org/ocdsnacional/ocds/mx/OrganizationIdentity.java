package org.ocdsnacional.ocds.mx;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Who an organization is, across publishers: by its RFC when any identifier of the party is one (the
 * strongest evidence), otherwise by its normalised name.
 *
 * @param id       stable id: {@code MX-RFC-<RFC>} or {@code nombre:<normalised name>}
 * @param evidence {@code rfc} or {@code name}: what the id rests on
 * @param rfc      the normalised RFC, when known
 */
public record OrganizationIdentity(String id, String evidence, Optional<String> rfc) {

    private static final String RFC_PREFIX = "MX-RFC-";

    /** The organization id an RFC in any spelling resolves to; anything else (an id already) unchanged. */
    public static String idOf(String idOrRfc) {
        return Rfc.normalise(idOrRfc).map(rfc -> RFC_PREFIX + rfc).orElse(idOrRfc);
    }

    /** The RFC an organization id rests on; empty for an id that rests on a name. */
    public static Optional<String> rfcOf(String orgId) {
        return orgId.startsWith(RFC_PREFIX) ? Optional.of(orgId.substring(RFC_PREFIX.length())) : Optional.empty();
    }

    /** Resolves a party (or an organization reference that has at least a name or an id). */
    public static Optional<OrganizationIdentity> of(JsonNode party) {
        Optional<String> rfc = rfcOf(party);
        if (rfc.isPresent()) {
            return Optional.of(new OrganizationIdentity(RFC_PREFIX + rfc.get(), "rfc", rfc));
        }
        String name = OrganizationName.normalise(party.path("name").asText(""));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OrganizationIdentity("nombre:" + name, "name", Optional.empty()));
    }

    private static Optional<String> rfcOf(JsonNode party) {
        Optional<String> fromIdentifier = Rfc.normalise(party.path("identifier").path("id").asText(null));
        if (fromIdentifier.isPresent()) {
            return fromIdentifier;
        }
        for (JsonNode additional : party.path("additionalIdentifiers")) {
            Optional<String> rfc = Rfc.normalise(additional.path("id").asText(null));
            if (rfc.isPresent()) {
                return rfc;
            }
        }
        return Rfc.normalise(party.path("id").asText(null));
    }
}
