package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * JSON carried as an opaque text (base64url, no padding): what the API's cursors are made of. Clients pass them
 * back unread; the reading side checks what it finds inside.
 */
public final class OpaqueJson {

    private OpaqueJson() {
    }

    public static String encode(ObjectMapper mapper, JsonNode value) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mapper.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode a cursor", e);
        }
    }

    /** The JSON inside {@code text}; empty when it is not base64url or not JSON. */
    public static Optional<JsonNode> decode(ObjectMapper mapper, String text) {
        try {
            return Optional.ofNullable(mapper.readTree(Base64.getUrlDecoder().decode(text)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
