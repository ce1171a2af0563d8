package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Opaque cursors: the sort values of a hit ({@code search_after}), the ordering they belong to, the point in time
 * the following pages read from, and when the cursor was issued, sealed by the server ({@link CursorSeal}). A
 * cursor the server did not issue, or from another ordering, is refused rather than silently giving a wrong page
 * or reaching OpenSearch; one older than its lifetime is expired.
 */
final class Cursor {

    private final ObjectMapper mapper;
    private final CursorSeal seal;
    private final Clock clock;
    private final Duration lifetime;

    Cursor(ObjectMapper mapper, CursorSeal seal, Clock clock, Duration lifetime) {
        this.mapper = mapper;
        this.seal = seal;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A decoded cursor: where to continue, and on which point in time (absent after the first page). */
    record Position(ArrayNode after, Optional<String> pointInTime) {
    }

    String encode(String ordering, JsonNode sortValues, Optional<String> pointInTime) {
        ObjectNode cursor = mapper.createObjectNode();
        cursor.put("o", ordering);
        cursor.set("a", sortValues);
        pointInTime.ifPresent(pit -> cursor.put("p", pit));
        cursor.put("t", clock.instant().getEpochSecond());
        try {
            return seal.seal(mapper.writeValueAsBytes(cursor));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a cursor", e);
        }
    }

    Position decode(String ordering, String cursor) {
        JsonNode decoded = seal.open(cursor).flatMap(this::json).orElseThrow(Cursor::invalid);
        if (!ordering.equals(decoded.path("o").asText()) || !(decoded.path("a") instanceof ArrayNode after)) {
            throw invalid();
        }
        Instant issued = Instant.ofEpochSecond(decoded.path("t").asLong());
        if (clock.instant().isAfter(issued.plus(lifetime))) {
            throw expired(lifetime);
        }
        JsonNode pit = decoded.path("p");
        return new Position(after, pit.isTextual() ? Optional.of(pit.asText()) : Optional.empty());
    }

    /** The error of a cursor that can no longer be followed. */
    static InvalidQueryException expired(Duration lifetime) {
        String minutes = lifetime.toSeconds() % 60 == 0 ? lifetime.toMinutes() + " min" : lifetime.toSeconds() + " s";
        return InvalidQueryException.cursorExpired("Este cursor expiró; vuelva a la primera página (un cursor vale "
                + minutes + " después de la página que lo dio) / This cursor expired; start again from the first "
                + "page (a cursor is valid for " + minutes + " after the page that returned it).");
    }

    private Optional<JsonNode> json(byte[] payload) {
        try {
            return Optional.ofNullable(mapper.readTree(payload));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static InvalidQueryException invalid() {
        return new InvalidQueryException("El cursor «after» no es válido para esta consulta / "
                + "The «after» cursor is not valid for this query: use an endCursor returned by the same query "
                + "(same text, filter and order).");
    }
}
