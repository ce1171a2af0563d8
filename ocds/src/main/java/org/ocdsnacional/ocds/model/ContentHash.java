package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of a JSON value in canonical form (object keys sorted), so key order does not change the hash.
 *
 * <p>The canonical form is the one Jackson writes for the value converted to plain maps and lists with
 * {@link SerializationFeature#ORDER_MAP_ENTRIES_BY_KEYS}; it is written here straight from the tree into the digest
 * (keys sorted the same way, strings, booleans, nulls and numbers written as that conversion writes them), without
 * the maps, lists and byte array in between. Values of any other kind take the conversion itself.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final MessageDigest SHA_256 = sha256();

    private ContentHash() {
    }

    public static String of(JsonNode json) {
        MessageDigest digest = copy();
        try (JsonGenerator out = CANONICAL.createGenerator(new DigestOutputStream(OutputStream.nullOutputStream(),
                digest))) {
            write(json, out);
        } catch (IOException e) {
            throw new IllegalStateException("SHA-256 canonical hashing failed", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void write(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode element : node) {
                    write(element, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            case NUMBER -> writeNumber(node, out);
            default -> CANONICAL.writeValue(out, CANONICAL.treeToValue(node, Object.class));
        }
    }

    private static void writeObject(JsonNode node, JsonGenerator out) throws IOException {
        List<String> names = new ArrayList<>(node.size());
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        out.writeStartObject();
        for (String name : names) {
            out.writeFieldName(name);
            write(node.get(name), out);
        }
        out.writeEndObject();
    }

    private static void writeNumber(JsonNode node, JsonGenerator out) throws IOException {
        switch (node.numberType()) {
            case INT -> out.writeNumber(node.intValue());
            case LONG -> out.writeNumber(node.longValue());
            case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
            case DOUBLE -> out.writeNumber(node.doubleValue());
            case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
            default -> CANONICAL.writeValue(out, CANONICAL.treeToValue(node, Object.class));
        }
    }

    private static MessageDigest copy() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 canonical hashing failed", e);
        }
    }
}
