package org.ocdsnacional.harvester.run;

import org.ocdsnacional.harvester.http.CacheValidators;

/**
 * A document as last read in full: what the server said identifies that version, and the hash of its bytes.
 *
 * @param validators {@code ETag} and {@code Last-Modified} sent with it
 * @param sha256     SHA-256 of its body
 */
public record DocumentState(CacheValidators validators, String sha256) {
}
