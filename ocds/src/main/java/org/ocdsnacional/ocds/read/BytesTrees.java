package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * How the trees of releases are built from their bytes for a mapper: by {@link BytesTreeBuilder} when it builds
 * what the mapper's own tree reading builds (checked once, on a probe with every kind of value), else by the
 * mapper itself.
 */
final class BytesTrees {

    /** Integers of each size, fractions with trailing zeros, exponents, escapes, accents, a repeated name. */
    private static final byte[] PROBE = ("{\"i\": [0, -0, 7, -2147483648, 2147483648, -9223372036854775808, "
            + "9223372036854775808, 123456789012345678901234567890], \"f\": [1.50, -0.0, 0.1, 250000.50, 1e2, "
            + "1E-2, -2.5e+3, 123456789012345678901.5, 0.30000000000000004, 9007199254740993.0], \"s\": "
            + "[\"\", \"Adquisición\", \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\", \"\uD83D\uDE00\"], "
            + "\"o\": {\"a\": true, \"b\": false, \"c\": null, \"d\": {}, \"e\": []}, \"k\": 1, \"k\": 2}")
            .getBytes(StandardCharsets.UTF_8);

    private BytesTrees() {
    }

    static TreesAhead.TreeBuilder forMapper(ObjectMapper mapper) {
        ObjectReader trees = mapper.readerFor(JsonNode.class);
        StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();
        return matching(trees, limits).map(numbers -> ours(numbers, limits)).orElseGet(() -> jackson(trees));
    }

    /** The way with numbers under which {@link BytesTreeBuilder} builds the probe as the mapper does, if any. */
    static Optional<NumberNodes> matching(ObjectReader trees, StreamReadConstraints limits) {
        JsonNode expected;
        try {
            expected = trees.readValue(PROBE);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Arrays.stream(NumberNodes.values()).filter(numbers -> sameTree(expected, probe(numbers, limits)))
                .findFirst();
    }

    private static TreesAhead.TreeBuilder ours(NumberNodes numbers, StreamReadConstraints limits) {
        ThreadLocal<BytesTreeBuilder> builders = ThreadLocal.withInitial(() -> new BytesTreeBuilder(numbers,
                limits));
        return (json, offset) -> builders.get().object(json, offset);
    }

    private static TreesAhead.TreeBuilder jackson(ObjectReader trees) {
        return (json, offset) -> {
            try {
                return trees.readValue(json);
            } catch (JsonProcessingException e) {
                throw shifted(e, offset);
            }
        };
    }

    /** The same error, at its offset in the input rather than in the bytes of the release. */
    private static JsonParseException shifted(JsonProcessingException e, long offset) {
        JsonLocation where = e.getLocation();
        long at = offset + (where == null ? 0 : Math.max(0, where.getByteOffset()));
        return new JsonParseException(e.getOriginalMessage(), new JsonLocation(ContentReference.unknown(), at, -1, -1,
                -1), e);
    }

    private static ObjectNode probe(NumberNodes numbers, StreamReadConstraints limits) {
        try {
            return new BytesTreeBuilder(numbers, limits).object(PROBE, 0);
        } catch (JsonParseException e) {
            throw new IllegalStateException("The probe is valid JSON", e);
        }
    }

    /** Equal, with the same node classes, field order and decimal scales (which equals alone does not tell). */
    private static boolean sameTree(JsonNode expected, JsonNode built) {
        return expected.equals(built) && expected.toString().equals(built.toString())
                && classes(expected).equals(classes(built));
    }

    private static String classes(JsonNode node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        node.forEach(child -> out.append('(').append(classes(child)).append(')'));
        return out.toString();
    }
}
