package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * A release that a record links to instead of embedding: it must be fetched from {@code url} to be read.
 *
 * @param ocid the record's ocid
 * @param url  where the release (or a package holding it) is published
 * @param date the release date the record gives, if any
 * @param tag  the release tags the record gives, if any
 */
public record LinkedRelease(String ocid, String url, Optional<String> date, Optional<JsonNode> tag) {
}
