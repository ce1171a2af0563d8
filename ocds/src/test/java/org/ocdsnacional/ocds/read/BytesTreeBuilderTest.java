package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.model.Json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trees built from bytes are Jackson's trees, and what is not JSON fails at its byte. */
class BytesTreeBuilderTest {

    private static final StreamReadConstraints LONGEST = StreamReadConstraints.defaults();
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final ObjectMapper EXACT = Json.mapper();

    @Test
    void stringsWithEscapesSurrogatePairsAndAccentsAreJacksons() throws Exception {
        sameAsJackson("{\"a\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"b\": \"\\u00e9\\u00C9\\ud83d\\ude00 y \\u0041\","
                + " \"c\": \"Adquisición de cómputo 😀\", \"d\": \"\", \"\\u00f1ame\": \"x\\\"\"}");
    }

    @Test
    void stringsEndingAtEveryPlaceOfAnEightByteWordAreWhole() throws Exception {
        StringBuilder json = new StringBuilder("{");
        for (int length = 0; length < 40; length++) {
            String text = "ñ".repeat(length % 3) + "x".repeat(length);
            json.append(length > 0 ? ", " : "").append('"').append(text).append("\": \"").append(text)
                    .append(length % 5 == 0 ? "\\n" : "").append('"');
        }
        sameAsJackson(json.append('}').toString());
    }

    @Test
    void longAndRepeatedNamesAreTheSameNames() throws Exception {
        String longName = "n".repeat(65);
        String edge = "m".repeat(64);
        sameAsJackson("{\"" + longName + "\": 1, \"" + edge + "\": [{\"" + edge + "\": 2}, {\"" + edge + "\": 3}],"
                + " \"id\": {\"id\": {\"id\": 4}}}");
    }

    @Test
    void exactDecimalsKeepEveryDigitAndTrailingZero() throws Exception {
        ObjectNode tree = build(NumberNodes.EXACT, "{\"amount\": 250000.50, \"tiny\": 0.000001, \"big\": "
                + "123456789012345678901.50, \"e\": 1.5E+3, \"neg\": -0.10}");

        assertEquals(new BigDecimal("250000.50"), tree.get("amount").decimalValue());
        assertEquals("250000.50", tree.get("amount").decimalValue().toPlainString());
        assertEquals(new BigDecimal("123456789012345678901.50"), tree.get("big").decimalValue());
        assertEquals(new BigDecimal("-0.10"), tree.get("neg").decimalValue());
        assertInstanceOf(DecimalNode.class, tree.get("e"));
        sameAsJackson("{\"amount\": 250000.50, \"tiny\": 0.000001, \"big\": 123456789012345678901.50, "
                + "\"e\": 1.5E+3, \"neg\": -0.10, \"z\": -0.0}");
    }

    @Test
    void numbersOfEverySizeAreTheNodesJacksonMakes() throws Exception {
        sameAsJackson("{\"i\": [0, -0, 1, -1, 2147483647, -2147483648, 2147483648, -2147483649, "
                + "999999999999999999, 9223372036854775807, -9223372036854775808, 9223372036854775808, "
                + "123456789012345678901234567890], \"f\": [0.1, 0.30000000000000004, 9007199254740993.0, "
                + "123456789012345.678, 1e22, 1e-7, 5e-324, 1.7976931348623157e308, 2.5E+3, -1.0e-2, 1.0000]}");
    }

    @Test
    void literalsEmptyContainersNestingWhiteSpaceAndRepeatedNames() throws Exception {
        sameAsJackson(" {\n\t\"a\" : [ true , false , null , { } , [ ] , [[[{\"b\": [1]}]]] ] ,\r\n \"k\": 1,"
                + " \"k\": 2 } \n");
        ObjectNode tree = build(NumberNodes.DOUBLES, "{\"k\": 1, \"x\": 0, \"k\": 2}");
        assertEquals(List.of("k", "x"), List.copyOf(tree.properties().stream().map(e -> e.getKey()).toList()));
        assertEquals(2, tree.get("k").intValue());
    }

    @Test
    void malformedBytesFailAtTheirOffsetInTheInput() {
        JsonParseException missingValue = fails("{\"a\": }", 100);
        JsonParseException unterminated = fails("{\"a\": \"abc", 0);
        JsonParseException badEscape = fails("{\"a\": \"x\\q\"}", 10);
        JsonParseException notObject = fails("[1]", 0);
        JsonParseException trailing = fails("{} x", 0);

        assertEquals(106, missingValue.getLocation().getByteOffset());
        assertTrue(unterminated.getOriginalMessage().contains("end-of-input"), unterminated.getMessage());
        assertEquals(18, badEscape.getLocation().getByteOffset());
        assertEquals(0, notObject.getLocation().getByteOffset());
        assertEquals(3, trailing.getLocation().getByteOffset());
    }

    @Test
    void whatJsonDoesNotAllowFailsAsInJackson() throws Exception {
        for (String json : List.of("{\"a\": 01}", "{\"a\": -}", "{\"a\": 1.}", "{\"a\": 1e}", "{\"a\": .5}",
                "{\"a\": +1}", "{\"a\": \"x\ty\"}", "{\"a\": tru}", "{\"a\": [1,]}", "{\"a\": 1,}", "{a: 1}",
                "{\"a\" 1}", "{\"a\": \"\\u12G4\"}", "{\"a\": [1}")) {
            assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, () -> PLAIN.readTree(json), json);
            assertThrows(JsonParseException.class, () -> build(NumberNodes.EXACT, json), json);
        }
    }

    @Test
    void theMappersLimitsOnNumbersAndNestingHold() {
        StreamReadConstraints small = StreamReadConstraints.builder().maxNumberLength(5).maxNestingDepth(3).build();

        assertThrows(JsonParseException.class, () -> new BytesTreeBuilder(NumberNodes.EXACT, small)
                .object(bytes("{\"a\": 1234567}"), 0));
        assertThrows(JsonParseException.class, () -> new BytesTreeBuilder(NumberNodes.EXACT, small)
                .object(bytes("{\"a\": [[{}]]}"), 0));
        assertDoesNotThrow(() -> new BytesTreeBuilder(NumberNodes.EXACT, small).object(bytes("{\"a\": [[1]]}"), 0));
    }

    @Test
    void textThatIsNotUtf8FailsAsJacksonSaysSoTheReaderFallsBackToLatin1() {
        byte[] latin1 = "{\"a\": \"Papelería\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}'};

        for (byte[] bytes : List.of(latin1, surrogate)) {
            JsonParseException e = assertThrows(JsonParseException.class,
                    () -> new BytesTreeBuilder(NumberNodes.EXACT, LONGEST).object(bytes, 0));
            assertTrue(Decoding.notUtf8(e), e.getMessage());
        }
    }

    @Test
    void aReplacementCharacterWrittenInTheTextIsKept() throws Exception {
        sameAsJackson("{\"a\": \"�\"}");
    }

    @Test
    void stringsLongerThanTheMappersLimitFail() {
        JsonParseException e = assertThrows(JsonParseException.class,
                () -> new BytesTreeBuilder(NumberNodes.EXACT, StreamReadConstraints.builder().maxStringLength(5).build()).object(bytes("{\"a\": \"abcdef\"}"), 0));

        assertTrue(e.getOriginalMessage().contains("exceeds the maximum"), e.getMessage());
    }

    @Test
    void theBuilderIsUsedOnlyForMappersWhoseTreesItBuilds() {
        assertEquals(NumberNodes.DOUBLES, BytesTrees.matching(PLAIN.readerFor(JsonNode.class), LONGEST).orElseThrow());
        assertEquals(NumberNodes.EXACT, BytesTrees.matching(EXACT.readerFor(JsonNode.class), LONGEST).orElseThrow());
        assertTrue(BytesTrees.matching(new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature
                .USE_BIG_DECIMAL_FOR_FLOATS).readerFor(JsonNode.class), LONGEST).isEmpty());
    }

    private static void sameAsJackson(String json) throws Exception {
        for (NumberNodes numbers : NumberNodes.values()) {
            ObjectMapper mapper = numbers == NumberNodes.EXACT ? EXACT : PLAIN;
            JsonNode expected = mapper.readTree(json);
            ObjectNode built = build(numbers, json);
            assertEquals(expected, built);
            assertEquals(expected.toString(), built.toString(), "field order, node kinds and decimal scales");
            assertEquals(kinds(expected), kinds(built));
        }
    }

    private static String kinds(JsonNode node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        node.forEach(child -> out.append('(').append(kinds(child)).append(')'));
        return out.toString();
    }

    private static ObjectNode build(NumberNodes numbers, String json) throws JsonParseException {
        return new BytesTreeBuilder(numbers, LONGEST).object(bytes(json), 0);
    }

    private static JsonParseException fails(String json, long offset) {
        return assertThrows(JsonParseException.class,
                () -> new BytesTreeBuilder(NumberNodes.EXACT, LONGEST).object(bytes(json), offset));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
