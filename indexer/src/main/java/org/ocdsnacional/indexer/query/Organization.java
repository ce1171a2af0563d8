package org.ocdsnacional.indexer.query;

import org.ocdsnacional.ocds.mx.OrganizationIdentity;

import java.util.List;

/**
 * An organization resolved across publishers, with the evidence of the resolution.
 *
 * @param id          stable id: {@code MX-RFC-<RFC>} or {@code nombre:<normalised name>}
 * @param names       the names publishers gave it, most used first
 * @param identifiers the identifiers publishers gave it
 * @param asBuyer     processes in which it buys
 * @param asSupplier  processes in which it was awarded
 */
public record Organization(String id, List<String> names, List<String> identifiers, long asBuyer,
                           long asSupplier) {

    /** What the id rests on: {@code rfc} or {@code name}. */
    public String evidence() {
        return OrganizationIdentity.rfcOf(id).isPresent() ? "rfc" : "name";
    }
}
