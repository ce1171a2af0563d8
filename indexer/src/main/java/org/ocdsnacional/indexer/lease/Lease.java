package org.ocdsnacional.indexer.lease;

import java.time.Instant;

/**
 * A lease held on a source: its owner (an instance), when it expires unless renewed, and the version of its
 * document ({@code seqNo}, {@code primaryTerm}) that the next renewal or release must still find, so that a lease
 * taken over meanwhile by another instance is never renewed or released by this one.
 */
public record Lease(String sourceId, String owner, Instant expiresAt, long seqNo, long primaryTerm) {
}
