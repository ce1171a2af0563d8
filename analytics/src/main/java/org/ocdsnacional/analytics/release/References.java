package org.ocdsnacional.analytics.release;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;

import java.util.Optional;

/**
 * Who an organization reference (a supplier of an award, the buyer) is, resolved as everywhere in the project
 * ({@link OrganizationIdentity}: its RFC in any identifier, else its normalised name): the party it points to by
 * id, or the reference itself when only the reference carries an RFC or no party matches.
 */
public final class References {

    private References() {
    }

    /** The organization a reference points to. */
    public static Optional<OrganizationIdentity> identity(JsonNode release, JsonNode reference) {
        Optional<OrganizationIdentity> party = party(release, reference).flatMap(OrganizationIdentity::of);
        Optional<OrganizationIdentity> own = OrganizationIdentity.of(reference);
        if (party.flatMap(OrganizationIdentity::rfc).isPresent()) {
            return party;
        }
        return own.flatMap(OrganizationIdentity::rfc).isPresent() ? own : party.or(() -> own);
    }

    private static Optional<JsonNode> party(JsonNode release, JsonNode reference) {
        Optional<String> id = Fields.id(reference, "id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Fields.array(release, "parties").stream().filter(party -> id.equals(Fields.id(party, "id")))
                .findFirst();
    }

    /** The RFC of the organization a reference points to, if any identifier of it is one. */
    public static Optional<String> rfc(JsonNode release, JsonNode reference) {
        return identity(release, reference).flatMap(OrganizationIdentity::rfc);
    }
}
