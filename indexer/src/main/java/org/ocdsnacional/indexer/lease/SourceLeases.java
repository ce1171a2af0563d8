package org.ocdsnacional.indexer.lease;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The leases of one instance ({@code owner}) on sources, stored in the leases index. A lease is acquired by creating
 * its document ({@code op_type=create}: of two instances at once, one wins), or by replacing an expired one only if
 * nobody replaced it first ({@code if_seq_no}/{@code if_primary_term}); renewals and releases are conditional the
 * same way. Expiry times are written by the owners' clocks: instances need synchronised clocks (NTP), with a skew
 * far below the lease's time to live.
 */
public final class SourceLeases {

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final String owner;
    private final Duration timeToLive;
    private final Clock clock;

    private SourceLeases(SearchCluster cluster, ObjectMapper mapper, String owner, Duration timeToLive, Clock clock) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The leases {@code owner} takes, each valid {@code timeToLive} after it was acquired or last renewed. */
    public static SourceLeases create(SearchCluster cluster, ObjectMapper mapper, String owner, Duration timeToLive,
                                      Clock clock) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a lease's time to live must be positive: " + timeToLive);
        }
        return new SourceLeases(cluster, mapper, owner, timeToLive, clock);
    }

    /** This instance's name in the leases it holds. */
    public String owner() {
        return owner;
    }

    /** How long a lease lasts without renewal. */
    public Duration timeToLive() {
        return timeToLive;
    }

    /**
     * Takes the lease of {@code sourceId}: when nobody holds it, or its holder let it expire. Empty when another
     * instance (or this one, for another run) holds it, or won the race for it.
     */
    public Optional<Lease> acquire(String sourceId) {
        Instant now = clock.instant();
        try {
            return Optional.of(written(sourceId, "/_create/" + id(sourceId) + "?refresh=true", now));
        } catch (ClusterException e) {
            if (e.status() != CONFLICT) {
                throw e;
            }
        }
        return takeOverExpired(sourceId, now);
    }

    /**
     * Extends the lease by its time to live from now. Empty when it is no longer this instance's (it expired and
     * another instance took it, or it was broken): the run it protects must stop.
     */
    public Optional<Lease> renew(Lease lease) {
        Instant now = clock.instant();
        try {
            return Optional.of(written(lease.sourceId(), "/_doc/" + id(lease.sourceId()) + condition(lease)
                    + "&refresh=true", now));
        } catch (ClusterException e) {
            if (e.status() == CONFLICT || e.status() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Gives the lease up, unless it is no longer this instance's. */
    public void release(Lease lease) {
        try {
            cluster.send("DELETE", "/" + alias() + "/_doc/" + id(lease.sourceId()) + condition(lease)
                    + "&refresh=true", null);
        } catch (ClusterException e) {
            if (e.status() != CONFLICT && e.status() != NOT_FOUND) {
                throw e;
            }
        }
    }

    /** Who holds the lease of {@code sourceId}, expired or not; empty when nobody does. */
    public Optional<LeaseHolder> holder(String sourceId) {
        return stored(sourceId).map(doc -> holder(doc.path("_source")));
    }

    /**
     * Removes every lease, whoever holds it: only for an instance that knows it is the only one (the embedded node's
     * data folder is locked by one process), at start, when no lease can belong to a live run. Returns how many.
     */
    public long breakAll() {
        ObjectNode query = mapper.createObjectNode();
        query.put("size", 10_000);
        query.put("_source", false);
        query.putObject("query").putObject("match_all");
        long broken = 0;
        for (JsonNode hit : cluster.send("POST", "/" + alias() + "/_search", query).path("hits").path("hits")) {
            try {
                cluster.send("DELETE", "/" + alias() + "/_doc/" + id(hit.path("_id").asText()) + "?refresh=true",
                        null);
                broken++;
            } catch (ClusterException e) {
                if (e.status() != NOT_FOUND) {
                    throw e;
                }
            }
        }
        return broken;
    }

    private Optional<Lease> takeOverExpired(String sourceId, Instant now) {
        Optional<JsonNode> current = stored(sourceId);
        if (current.isEmpty()) {
            return acquireAgain(sourceId, now);
        }
        LeaseHolder holder = holder(current.get().path("_source"));
        if (!holder.expiredAt(now)) {
            return Optional.empty();
        }
        try {
            return Optional.of(written(sourceId, "/_doc/" + id(sourceId) + "?if_seq_no="
                    + current.get().path("_seq_no").asLong() + "&if_primary_term="
                    + current.get().path("_primary_term").asLong() + "&refresh=true", now));
        } catch (ClusterException e) {
            if (e.status() == CONFLICT) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The lease was released between the refused create and the read: one more try, as a fresh create. */
    private Optional<Lease> acquireAgain(String sourceId, Instant now) {
        try {
            return Optional.of(written(sourceId, "/_create/" + id(sourceId) + "?refresh=true", now));
        } catch (ClusterException e) {
            if (e.status() == CONFLICT) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Lease written(String sourceId, String endpoint, Instant now) {
        Instant expiresAt = now.plus(timeToLive);
        ObjectNode doc = mapper.createObjectNode();
        doc.put("sourceId", sourceId);
        doc.put("owner", owner);
        doc.put("renewedAt", now.toString());
        doc.put("expiresAt", expiresAt.toString());
        JsonNode answer = cluster.send("PUT", "/" + alias() + endpoint, doc);
        return new Lease(sourceId, owner, expiresAt, answer.path("_seq_no").asLong(),
                answer.path("_primary_term").asLong());
    }

    private Optional<JsonNode> stored(String sourceId) {
        try {
            JsonNode doc = cluster.send("GET", "/" + alias() + "/_doc/" + id(sourceId), null);
            return doc.path("found").asBoolean() ? Optional.of(doc) : Optional.empty();
        } catch (ClusterException e) {
            if (e.status() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static LeaseHolder holder(JsonNode source) {
        return new LeaseHolder(source.path("sourceId").asText(), source.path("owner").asText(),
                Instant.parse(source.path("expiresAt").asText()));
    }

    private static String condition(Lease lease) {
        return "?if_seq_no=" + lease.seqNo() + "&if_primary_term=" + lease.primaryTerm();
    }

    private String alias() {
        return IndexName.LEASES.alias(cluster);
    }

    private static String id(String sourceId) {
        return URLEncoder.encode(sourceId, StandardCharsets.UTF_8);
    }
}
