package org.ocdsnacional.harvester.run;

/**
 * A release as storage holds it.
 *
 * @param hash      content hash of the stored copy
 * @param withdrawn whether it was marked withdrawn by an earlier run
 */
public record StoredRelease(String hash, boolean withdrawn) {
}
