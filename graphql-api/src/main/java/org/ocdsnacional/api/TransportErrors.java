package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderValues;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;

import static org.ocdsnacional.indexer.query.InvalidQueryException.shown;

/**
 * The server's own answers when no route answers a request or it cannot be read (an unknown path, a body over the
 * size limit, a malformed request, a failure no route handled): JSON shaped like a GraphQL error, with a code and a
 * message in Spanish and English that says where to go instead, never Helidon's plain-text "Endpoint not found".
 */
final class TransportErrors implements DirectHandler {

    private static final String WHERE_ES = "la API está en /graphql (POST o GET), su esquema en "
            + "/graphql/schema.graphql, GraphiQL en /graphiql y los paquetes OCDS de un proceso en "
            + "/ocds/record-package?ocid=…";
    private static final String WHERE_EN = "the API is at /graphql (POST or GET), its schema at "
            + "/graphql/schema.graphql, GraphiQL at /graphiql and the OCDS packages of a process at "
            + "/ocds/record-package?ocid=…";

    private final ObjectMapper mapper;

    private TransportErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** These answers for every kind of event. */
    static DirectHandlers all(ObjectMapper mapper) {
        TransportErrors handler = new TransportErrors(mapper);
        DirectHandlers.Builder handlers = DirectHandlers.builder();
        for (EventType type : EventType.values()) {
            handlers.addHandler(type, handler);
        }
        return handlers.build();
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        headers.set(HeaderValues.CONTENT_TYPE_JSON);
        return TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(ErrorBody.of(mapper, code(status), message(request, status)))
                .build();
    }

    private static String code(Status status) {
        return switch (status.code()) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 500 -> ApiErrors.INTERNAL_ERROR;
            default -> "HTTP_" + status.code();
        };
    }

    private static String message(TransportRequest request, Status status) {
        String target = shown(request.method() + " " + request.path());
        return switch (status.code()) {
            case 404 -> "No hay nada en " + target + ": " + WHERE_ES + " / Nothing at " + target + ": " + WHERE_EN
                    + ".";
            case 413 -> "La solicitud excede el máximo de " + ApiServer.MAX_PAYLOAD_BYTES / 1024 + " KiB / The request "
                    + "exceeds the maximum of " + ApiServer.MAX_PAYLOAD_BYTES / 1024 + " KiB.";
            case 400 -> "La solicitud HTTP no se pudo leer / The HTTP request could not be read.";
            case 500 -> ApiErrors.INTERNAL;
            default -> "La solicitud no se pudo atender (HTTP " + status.code() + ") / The request could not be "
                    + "served (HTTP " + status.code() + ").";
        };
    }
}
