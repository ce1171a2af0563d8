package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * Opaque cursors: the sort values of a hit ({@code search_after}), the ordering they belong to, and the
 * point-in-time the following pages read from, in base64url. A cursor from another ordering is refused rather
 * than silently giving a wrong page.
 */
final class Cursor {

    private final ObjectMapper mapper;

    Cursor(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A decoded cursor: where to continue, and on which point in time (absent after the first page). */
    record Position(ArrayNode after, Optional<String> pointInTime) {
    }

    String encode(String ordering, JsonNode sortValues, Optional<String> pointInTime) {
        ObjectNode cursor = mapper.createObjectNode();
        cursor.put("o", ordering);
        cursor.set("a", sortValues);
        pointInTime.ifPresent(pit -> cursor.put("p", pit));
        return OpaqueJson.encode(mapper, cursor);
    }

    Position decode(String ordering, String cursor) {
        JsonNode decoded = OpaqueJson.decode(mapper, cursor).orElseThrow(Cursor::invalid);
        if (!ordering.equals(decoded.path("o").asText()) || !(decoded.path("a") instanceof ArrayNode after)) {
            throw invalid();
        }
        JsonNode pit = decoded.path("p");
        return new Position(after, pit.isTextual() ? Optional.of(pit.asText()) : Optional.empty());
    }

    private static InvalidQueryException invalid() {
        return new InvalidQueryException("El cursor «after» no es válido para esta consulta / "
                + "The «after» cursor is not valid for this query: use an endCursor returned by the same query "
                + "(same text, filter and order).");
    }
}
