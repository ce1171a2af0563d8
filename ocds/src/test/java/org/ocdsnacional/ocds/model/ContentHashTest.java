package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReleaseVisitor;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hash is stored with every release and compared by every later harvest: it must stay what it was for any
 * value. {@link #previous} is the way it was computed before it was written straight from the tree (the value
 * converted to plain maps and lists, then written with its keys sorted); every hash is compared with it.
 */
class ContentHashTest {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final ObjectMapper OCDS = Json.mapper();
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void numbersStringsAndKeysHashAsTheConversionToMapsHashedThem() throws IOException {
        String json = """
                {"z": 1, "a": -0, "m": [1.0, 1.10, 250000.50, 1e3, 1E-7, -2.5e+10, 0.0, 12345678901234567890,
                 -9223372036854775808, 9223372036854775807, 2147483648, 1e400, 3.141592653589793238462643383279],
                 "é": "ñandú \\u0000 \\" \\\\ \\n \\t 😀", "É": null, "b": true, "c": false, "": {}, "d": [],
                 "nested": {"y": [{"b": 2, "a": [{"k": "v", "j": 1.50}]}], "x": "x"},
                 "Z": "upper", "10": 1, "9": 2, "a b": "space"}
                """;
        for (ObjectMapper mapper : List.of(OCDS, PLAIN)) {
            JsonNode tree = mapper.readTree(json);
            assertEquals(previous(tree), ContentHash.of(tree));
        }
    }

    @Test
    void nodesMadeInCodeHashAsBefore() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode tree = CompactFields.objectNode();
        tree.put("long", 1L << 40).put("int", 7).put("short", (short) 3).put("float", 1.25f).put("double", 0.1)
                .put("decimal", new BigDecimal("1.000")).put("big", new BigInteger("123456789012345678901234567890"))
                .put("text", "t").putNull("none");
        tree.set("binary", nodes.binaryNode(new byte[] {1, 2, 3}));
        tree.set("pojo", nodes.pojoNode(List.of("a", 1)));
        tree.putArray("list").add(nodes.numberNode(new BigDecimal("-0.00"))).add(nodes.numberNode(2.0e-5));
        assertEquals(previous(tree), ContentHash.of(tree));
        assertEquals(previous(nodes.textNode("alone")), ContentHash.of(nodes.textNode("alone")));
        assertEquals(previous(nodes.numberNode(new BigDecimal("1E+3"))),
                ContentHash.of(nodes.numberNode(new BigDecimal("1E+3"))));
    }

    @Test
    void keyOrderDoesNotChangeTheHash() throws IOException {
        String hash = ContentHash.of(OCDS.readTree("{\"a\": 1, \"b\": {\"d\": [1, 2], \"c\": null}}"));
        assertEquals(hash, ContentHash.of(OCDS.readTree("{\"b\": {\"c\": null, \"d\": [1, 2]}, \"a\": 1}")));
        assertNotEquals(hash, ContentHash.of(OCDS.readTree("{\"b\": {\"c\": null, \"d\": [2, 1]}, \"a\": 1}")));
    }

    /** Every release of the shared fixtures, as the production reader reads it, and every file as a tree. */
    @Test
    void everyReleaseOfTheSharedFixturesHashesAsBefore() throws IOException {
        Path fixtures = SharedFixtures.require("fixtures");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(fixtures)) {
            files = walk.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        OcdsReader reader = OcdsReader.create(OCDS);
        List<JsonNode> values = new ArrayList<>();
        for (Path file : files) {
            tree(file).ifPresent(values::add);
            try {
                reader.read(file, (ReleaseVisitor) (release, info) -> values.add(release.json()));
            } catch (ReadException e) {
                // not OCDS: its tree above is enough
            }
        }
        assertTrue(values.size() > 500, "values hashed: " + values.size());
        for (JsonNode value : values) {
            assertEquals(previous(value), ContentHash.of(value), value::toString);
        }
    }

    private static Optional<JsonNode> tree(Path file) {
        try {
            return Optional.ofNullable(OCDS.readTree(file.toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String previous(JsonNode json) {
        try {
            Object sorted = CANONICAL.treeToValue(json, Object.class);
            byte[] bytes = CANONICAL.writeValueAsBytes(sorted);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
