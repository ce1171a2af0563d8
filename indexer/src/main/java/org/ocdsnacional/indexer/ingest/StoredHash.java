package org.ocdsnacional.indexer.ingest;

/**
 * What the releases index holds of one release, to tell whether a release read again changed.
 *
 * @param hash      content hash of the stored copy
 * @param withdrawn whether it is marked withdrawn
 */
public record StoredHash(String hash, boolean withdrawn) {
}
