package org.ocdsnacional.web.process;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.indexer.query.OrganizationDirectory;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.web.http.Links;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which organizations a process page names have a page of their own: the buyers and suppliers of the index, asked
 * of the directory in one request for every party, tenderer and supplier of the compiled release. A tenderer who
 * never won anything, a payer or a procuring entity that never bought is named without a link rather than with one
 * that answers 404.
 */
final class OrganizationPagesOf {

    private final Set<String> ids;

    private OrganizationPagesOf(Set<String> ids) {
        this.ids = ids;
    }

    /** The organizations with a page among those {@code release} (a compiled release) names. */
    static OrganizationPagesOf release(JsonNode release, OrganizationDirectory directory) {
        Set<String> named = new HashSet<>();
        release.path("parties").forEach(party -> add(named, party));
        release.path("tender").path("tenderers").forEach(tenderer -> add(named, tenderer));
        release.path("awards").forEach(award -> award.path("suppliers").forEach(supplier -> add(named, supplier)));
        return new OrganizationPagesOf(directory.known(named));
    }

    /** The address of the organization's page, when it has one. */
    Optional<String> url(OrganizationIdentity identity) {
        return ids.contains(identity.id()) ? Optional.of(Links.organization(identity.id())) : Optional.empty();
    }

    private static void add(Set<String> named, JsonNode organization) {
        OrganizationIdentity.of(organization).ifPresent(identity -> named.add(identity.id()));
    }
}
