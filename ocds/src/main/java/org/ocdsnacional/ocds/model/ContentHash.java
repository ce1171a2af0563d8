package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a JSON value in canonical form (object keys sorted), so key order does not change the hash. */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ContentHash() {
    }

    public static String of(JsonNode json) {
        try {
            Object sorted = CANONICAL.treeToValue(json, Object.class);
            byte[] bytes = CANONICAL.writeValueAsBytes(sorted);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException("SHA-256 canonical hashing failed", e);
        }
    }
}
