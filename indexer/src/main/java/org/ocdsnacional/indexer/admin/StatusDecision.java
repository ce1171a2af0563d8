package org.ocdsnacional.indexer.admin;

import java.time.Instant;

/**
 * A status an admin gave a source.
 *
 * @param sourceId   the source
 * @param status     the status given ({@code ACTIVE}, {@code FROZEN}, {@code RETIRED})
 * @param fileStatus the status the registry file gave the source then: the decision holds while the file still says
 *                   so, and a file that says otherwise (someone edited it since) takes over
 * @param instance   the instance that took the decision
 * @param at         when
 */
public record StatusDecision(String sourceId, String status, String fileStatus, String instance, Instant at) {
}
