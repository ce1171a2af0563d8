package org.ocdsnacional.generator;

/**
 * A buyer or a supplier: name, RFC, and where it is.
 *
 * @param name     as it is published
 * @param rfc      its RFC (12 characters for companies and public entities, 13 for people)
 * @param locality municipality
 * @param region   state name
 */
record Organization(String name, String rfc, String locality, String region) {

    /** The party id publishers use: the scheme and the RFC. */
    String partyId() {
        return "MX-RFC-" + rfc;
    }
}
