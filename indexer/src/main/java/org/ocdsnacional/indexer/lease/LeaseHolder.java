package org.ocdsnacional.indexer.lease;

import java.time.Instant;

/** Who holds a source's lease, and until when unless renewed. */
public record LeaseHolder(String sourceId, String owner, Instant expiresAt) {

    /** Whether the lease has expired by {@code now}: its owner stopped renewing it (it died, or lost the cluster). */
    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
