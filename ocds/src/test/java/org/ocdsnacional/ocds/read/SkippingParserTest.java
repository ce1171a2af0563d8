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
