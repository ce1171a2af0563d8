package org.ocdsnacional.generator;

/**
 * A buyer or a supplier: name, RFC, and where it is.
 *
 * @param name     as it is published
 * @param rfc      its RFC (12 characters for companies and public entities, 13 for people)
 * @param person   whether it is a natural person
 * @param locality municipality
 * @param region   state name
 */
record Organization(String name, String rfc, boolean person, String locality, String region) {

    /** The party id publishers use: the scheme and the RFC. */
    String partyId() {
        return "MX-RFC-" + rfc;
    }
}
