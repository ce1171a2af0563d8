package org.ocdsnacional.harvester.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * A run the start-up catch-up asked for.
 *
 * @param sourceId    the source
 * @param at          when it starts
 * @param lastSuccess when the source last harvested successfully; empty if never
 */
public record CatchUpRun(String sourceId, Instant at, Optional<Instant> lastSuccess) {
}
