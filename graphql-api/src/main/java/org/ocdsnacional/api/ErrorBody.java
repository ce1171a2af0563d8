package org.ocdsnacional.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON of an error the server answers outside GraphQL execution (a request it cannot read or route, an OCDS
 * package it cannot give): the shape of a GraphQL error, so that clients read every error alike.
 */
final class ErrorBody {

    private ErrorBody() {
    }

    /** {@code {"errors": [{"message": …, "extensions": {"code": …}}]}}. */
    static byte[] of(ObjectMapper mapper, String code, String message) {
        Map<String, Object> error = Map.of("message", message, "extensions", Map.of("code", code));
        try {
            return mapper.writeValueAsBytes(Map.of("errors", List.of(error)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
