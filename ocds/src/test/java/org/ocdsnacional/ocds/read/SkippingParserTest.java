package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parser that jumps over objects goes on exactly where one that reads them does. */
class SkippingParserTest {

    private static final SkippingJsonFactory FACTORY = new SkippingJsonFactory(new ObjectMapper().getFactory());

    @Test
    void afterAJumpTokensOffsetsAndLinesAreThoseOfAReadingParser() throws IOException {
        String json = "{\"releases\": [\n{\"a\": \"}{][\\\"\", \"b\": [1, {\"c\": {}}]},\n {\"d\": \"x\"}\n ],\n"
                + " \"version\": \"1.1\"}\n{\"e\": 1}";

        assertEquals(tokens(json, false), tokens(json, true));
    }

    @Test
    void objectsEndingInAnotherReadAreJumpedOverToo() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 400; i++) {
            json.append(i > 0 ? ",\n" : "").append("{\"t\": \"").append("ñ".repeat(i * 7)).append("\", \"n\": [")
                    .append(i).append("]}");
        }
        String text = json.append("]").toString();

        assertEquals(tokens(text, false), tokens(text, true));
    }

    @Test
    void escapesQuotesBracketsAndLineFeedsAtEveryPlaceOfAWordAreJumpedOverAsTheyAreRead() throws IOException {
        String[] pieces = {"\\\"", "\\\\", "\\n", "{", "}", "[", "]", "ñ", "a", " ", "\\u00e9", ",", ":"};
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            StringBuilder json = new StringBuilder("[");
            for (int element = 0; element < 1 + random.nextInt(6); element++) {
                json.append(element > 0 ? ",\n" : "").append(randomObject(random, pieces, 3));
            }
            String text = json.append("\n]").toString();

            assertEquals(tokens(text, false), tokens(text, true), text);
        }
    }

    @Test
    void aByteOrderMarkCountsInTheOffsetsAsJacksonCountsIt() throws IOException {
        byte[] body = "{\"releases\": [{\"a\": 1}]}".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[body.length + 3];
        withMark[0] = (byte) 0xef;
        withMark[1] = (byte) 0xbb;
        withMark[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withMark, 3, body.length);

        try (JsonParser p = FACTORY.createParser(new RecentBytes(new ByteArrayInputStream(withMark)))) {
            assertInstanceOf(SkippingParser.class, p);
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            assertEquals(3, p.currentTokenLocation().getByteOffset());
        }
    }

    @Test
    void anObjectThatDoesNotEndIsLeftToTheParser() throws IOException {
        try (SkippingParser p = (SkippingParser) FACTORY.createParser(new RecentBytes(new ByteArrayInputStream(
                "[{\"a\": \"}\", \"b\": {]".getBytes(StandardCharsets.UTF_8))))) {
            p.nextToken();
            p.nextToken();

            assertFalse(p.jumpOverObject(1));
            assertEquals(JsonToken.START_OBJECT, p.currentToken());
            assertEquals(JsonToken.FIELD_NAME, p.nextToken());
        }
    }

    @Test
    void utf16IsLeftToJackson() throws IOException {
        byte[] utf16 = "{\"a\": 1}".getBytes(StandardCharsets.UTF_16);

        try (JsonParser p = FACTORY.createParser(new RecentBytes(new ByteArrayInputStream(utf16)))) {
            assertFalse(p instanceof SkippingParser);
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
        }
    }

    /** An object of strings made of {@code pieces}, numbers, lists and objects, with line feeds between tokens. */
    private static String randomObject(Random random, String[] pieces, int depth) {
        StringBuilder object = new StringBuilder("{");
        for (int field = 0; field < random.nextInt(5); field++) {
            object.append(field > 0 ? "," : "").append(random.nextBoolean() ? "\n" : "").append(randomString(random,
                    pieces)).append(random.nextBoolean() ? ":\n" : ": ");
            switch (depth > 0 ? random.nextInt(4) : 0) {
                case 0 -> object.append(randomString(random, pieces));
                case 1 -> object.append(random.nextInt(100_000));
                case 2 -> object.append("[").append(randomObject(random, pieces, depth - 1)).append(", ")
                        .append(randomString(random, pieces)).append("]");
                default -> object.append(randomObject(random, pieces, depth - 1));
            }
        }
        return object.append(random.nextBoolean() ? "\n}" : "}").toString();
    }

    private static String randomString(Random random, String[] pieces) {
        StringBuilder string = new StringBuilder("\"");
        for (int piece = 0; piece < random.nextInt(12); piece++) {
            string.append(pieces[random.nextInt(pieces.length)]);
        }
        return string.append('"').toString();
    }

    /** Each token with its offset and line, jumping over every object inside an array or reading through it. */
    private static List<String> tokens(String json, boolean jump) throws IOException {
        RecentBytes input = new RecentBytes(new Trickle(json.getBytes(StandardCharsets.UTF_8)));
        List<String> tokens = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(input)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                long at = p.currentTokenLocation().getByteOffset();
                if (token == JsonToken.START_OBJECT && p.getParsingContext().getParent().inArray()) {
                    assertTrue(input.hold(at));
                    if (!jump || !((SkippingParser) p).jumpOverObject(at)) {
                        p.skipChildren();
                    }
                    input.copy(at, p.currentTokenLocation().getByteOffset() + 1);
                }
                tokens.add(p.currentToken() + "@" + p.currentTokenLocation().getByteOffset() + ":"
                        + p.currentTokenLocation().getLineNr());
            }
        }
        return tokens;
    }

    /** Bytes a few at a time, as archives give them. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;

        Trickle(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            return in.read(into, offset, Math.min(length, 1_000));
        }
    }
}
