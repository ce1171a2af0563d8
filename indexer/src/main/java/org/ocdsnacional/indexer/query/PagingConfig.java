package org.ocdsnacional.indexer.query;

import java.time.Duration;
import java.util.Optional;

/**
 * How cursors and the points in time behind them are kept.
 *
 * @param cursorLifetime     how long a cursor may be used after the page that returned it; the point in time it
 *                           reads is kept alive that long after each page
 * @param maxPointsInTime    the most points in time this server holds open at once (OpenSearch's own limit,
 *                           {@code search.max_open_pit_context}, is 300 per node and shared by every server)
 * @param maxPerClient       the most points in time one client's pagings hold open at once
 * @param cursorSecret       the key cursors are signed with; empty for a random one at each start (cursors of an
 *                           earlier start are then refused). Servers behind one load balancer need the same one.
 */
public record PagingConfig(Duration cursorLifetime, int maxPointsInTime, int maxPerClient,
                           Optional<String> cursorSecret) {

    public static final PagingConfig DEFAULTS = new PagingConfig(Duration.ofMinutes(10), 100, 10, Optional.empty());

    public PagingConfig {
        if (cursorLifetime.toSeconds() < 1) {
            throw new IllegalArgumentException("api.cursors.lifetime must be at least one second, not "
                    + cursorLifetime);
        }
        if (maxPointsInTime < 0 || maxPerClient < 0) {
            throw new IllegalArgumentException("api.cursors.points-in-time and api.cursors.points-in-time-per-client "
                    + "must be 0 (none: pages read the live index) or more");
        }
        cursorSecret = cursorSecret.filter(secret -> !secret.isBlank());
    }
}
