package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.ocdsnacional.ocds.model.CompactFields;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the Jackson tree of a JSON object from its UTF-8 bytes, the same tree Jackson's tree reading builds, with
 * less work and less memory: objects keep their fields in one array ({@link CompactFields}), strings are found
 * eight bytes at a time ({@link ByteWords}) and made straight from their bytes, field names met lately are not
 * decoded again ({@link FieldNames}), objects and lists are made at their final size, numbers of up to 18 digits
 * are converted from their digits ({@link NumberNodes}). It checks the bytes as
 * strictly as Jackson's parser (grammar, control characters in strings, UTF-8, the mapper's limits on string and
 * number length and on nesting, counted from the object): anything else ends in a {@link JsonParseException} with
 * its byte offset, and text that is not UTF-8 in one that says "Invalid UTF-8", as Jackson's does, so that the
 * reader falls back to Latin-1. Not for several threads at once.
 */
final class BytesTreeBuilder {

    private static final char REPLACEMENT = '\uFFFD';

    private final NumberNodes numbers;
    private final StreamReadConstraints limits;
    private final FieldNames names = new FieldNames();
    private final StringBuilder escaped = new StringBuilder();
    private Object[] open = new Object[256];
    private int top;
    private byte[] in;
    private int pos;
    private int depth;
    private long offset;

    /**
     * @param numbers       how numbers with a fraction become nodes
     * @param limits  the mapper's limits: the longest string and number, the deepest nesting (counted from the
     *                object)
     */
    BytesTreeBuilder(NumberNodes numbers, StreamReadConstraints limits) {
        this.numbers = numbers;
        this.limits = limits;
    }

    /**
     * The object whose bytes are {@code json}, alone but for white space.
     *
     * @param offset where the bytes start in the input, for the position of an error
     */
    ObjectNode object(byte[] json, long offset) throws JsonParseException {
        this.in = json;
        this.pos = 0;
        this.depth = 0;
        this.offset = offset;
        try {
            if (nextNonSpace() != '{') {
                throw malformed("Se esperaba un objeto JSON / Expected a JSON object");
            }
            pos++;
            deeper();
            ObjectNode object = objectBody();
            if (nextNonSpace() >= 0) {
                throw malformed("Sobra texto tras el objeto / Unexpected content after the object");
            }
            return object;
        } finally {
            pop(0);
            this.in = null;
        }
    }

    private JsonNode value() throws JsonParseException {
        int b = nextNonSpace();
        switch (b) {
            case '{' -> {
                pos++;
                deeper();
                return objectBody();
            }
            case '[' -> {
                pos++;
                deeper();
                return arrayBody();
            }
            case '"' -> {
                return TextNode.valueOf(string());
            }
            case 't' -> {
                return literal("true", BooleanNode.TRUE);
            }
            case 'f' -> {
                return literal("false", BooleanNode.FALSE);
            }
            case 'n' -> {
                return literal("null", NullNode.instance);
            }
            default -> {
                if (b == '-' || isDigit(b)) {
                    return number();
                }
                throw unexpected(b);
            }
        }
    }

    /** After the opening brace. */
    private ObjectNode objectBody() throws JsonParseException {
        int bottom = top;
        if (nextNonSpace() == '}') {
            pos++;
            depth--;
            return CompactFields.objectNode();
        }
        while (true) {
            if (nextNonSpace() != '"') {
                throw unexpected(nextNonSpace());
            }
            push(name());
            expect(':');
            push(value());
            int b = nextNonSpace();
            pos++;
            if (b == '}') {
                depth--;
                return fields(bottom);
            }
            if (b != ',') {
                pos--;
                throw unexpected(b);
            }
        }
    }

    /** After the opening bracket. */
    private ArrayNode arrayBody() throws JsonParseException {
        int bottom = top;
        if (nextNonSpace() == ']') {
            pos++;
            depth--;
            return new ArrayNode(JsonNodeFactory.instance, new ArrayList<>());
        }
        while (true) {
            push(value());
            int b = nextNonSpace();
            pos++;
            if (b == ']') {
                depth--;
                return new ArrayNode(JsonNodeFactory.instance, elements(bottom));
            }
            if (b != ',') {
                pos--;
                throw unexpected(b);
            }
        }
    }

    private void deeper() throws JsonParseException {
        if (++depth > limits.getMaxNestingDepth()) {
            throw malformed("Document nesting depth (" + depth + ") exceeds the maximum allowed ("
                    + limits.getMaxNestingDepth() + ", from `StreamReadConstraints.getMaxNestingDepth()`)");
        }
    }

    /** Keeps a name or value of the object or array being read until its end, when its size is known. */
    private void push(Object nameOrValue) {
        if (top == open.length) {
            open = Arrays.copyOf(open, open.length * 2);
        }
        open[top++] = nameOrValue;
    }

    /** The object of the names and values pushed since {@code bottom}, popped. */
    private ObjectNode fields(int bottom) {
        ObjectNode object = CompactFields.objectNode(open, bottom, top);
        pop(bottom);
        return object;
    }

    /** The values pushed since {@code bottom}, popped. */
    private List<JsonNode> elements(int bottom) {
        List<JsonNode> elements = new ArrayList<>(top - bottom);
        for (int i = bottom; i < top; i++) {
            elements.add((JsonNode) open[i]);
        }
        pop(bottom);
        return elements;
    }

    private void pop(int bottom) {
        Arrays.fill(open, bottom, top, null);
        top = bottom;
    }

    /** At the opening quote of a field name. */
    private String name() throws JsonParseException {
        int from = pos + 1;
        int to = stringEnd(from);
        if (in[to] == '\\') {
            return string();
        }
        pos = to + 1;
        return known(from, to);
    }

    /** At the opening quote of a string. */
    private String string() throws JsonParseException {
        int from = pos + 1;
        int to = stringEnd(from);
        pos = to;
        if (in[to] == '\\') {
            return withEscapes(from);
        }
        pos++;
        return text(from, to);
    }

    /** The index of the closing quote or first backslash of a string from {@code from} on. */
    private int stringEnd(int from) throws JsonParseException {
        int to = ByteWords.stringStop(in, from, in.length);
        if (to == in.length) {
            throw endInString();
        }
        if (in[to] != '"' && in[to] != '\\') {
            pos = to;
            throw malformed("Illegal unquoted character (" + describe(in[to] & 0xff)
                    + "): has to be escaped using backslash to be included in string value");
        }
        return to;
    }

    /** The name whose bytes are {@code in[from..to)}, decoded only if not met lately. */
    private String known(int from, int to) throws JsonParseException {
        if (!FieldNames.keeps(from, to)) {
            return text(from, to);
        }
        int hash = ByteWords.hash(in, from, to);
        String name = names.find(in, from, to, hash);
        if (name == null) {
            name = text(from, to);
            names.keep(in, from, to, hash, name);
        }
        return name;
    }

    /** A string from {@code from} whose first escape is at {@code pos}, to after its closing quote. */
    private String withEscapes(int from) throws JsonParseException {
        escaped.setLength(0);
        int chunk = from;
        while (in[pos] == '\\') {
            escaped.append(text(chunk, pos));
            escaped.append(escape());
            chunk = pos;
            pos = stringEnd(pos);
        }
        escaped.append(text(chunk, pos));
        pos++;
        return limited(escaped.toString());
    }

    /** At a backslash: the character it stands for; {@code pos} after the escape. */
    private char escape() throws JsonParseException {
        if (pos + 1 >= in.length) {
            throw endInString();
        }
        byte b = in[pos + 1];
        pos += 2;
        return switch (b) {
            case '"', '\\', '/' -> (char) b;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> {
                pos -= 2;
                throw malformed("Unrecognized character escape " + describe(b & 0xff));
            }
        };
    }

    /** After {@code \\u}: four hexadecimal digits. */
    private char unicodeEscape() throws JsonParseException {
        if (pos + 4 > in.length) {
            throw endInString();
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(in[pos] & 0xff, 16);
            if (digit < 0 || in[pos] < 0) {
                throw malformed("Unexpected character " + describe(in[pos] & 0xff)
                        + ": expected a hex-digit for character escape sequence");
            }
            code = code << 4 | digit;
            pos++;
        }
        return (char) code;
    }

    /** The UTF-8 text of {@code in[from..to)}. */
    private String text(int from, int to) throws JsonParseException {
        String text = new String(in, from, to - from, StandardCharsets.UTF_8);
        // a string that is all Latin-1 (most) answers this at once, without a scan
        if (text.indexOf(REPLACEMENT) >= 0) {
            checkUtf8(from, to);
        }
        return limited(text);
    }

    /** The decoder put replacement characters: were they in the text, or is the text not UTF-8? */
    private void checkUtf8(int from, int to) throws JsonParseException {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in, from, to - from));
        } catch (CharacterCodingException e) {
            pos = from;
            throw malformed("Invalid UTF-8 in a string: " + e.getMessage());
        }
    }

    private String limited(String text) throws JsonParseException {
        if (text.length() > limits.getMaxStringLength()) {
            throw malformed("String value length (" + text.length() + ") exceeds the maximum allowed ("
                    + limits.getMaxStringLength() + ", from `StreamReadConstraints.getMaxStringLength()`)");
        }
        return text;
    }

    /** A number as JSON writes it: {@code -?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private JsonNode number() throws JsonParseException {
        int from = pos;
        boolean negative = in[pos] == '-';
        if (negative) {
            pos++;
        }
        int integerFrom = pos;
        long unscaled = 0;
        int digits = 0;
        for (; pos < in.length && isDigit(in[pos]); pos++) {
            unscaled = digits < NumberNodes.LONG_DIGITS ? unscaled * 10 + (in[pos] - '0') : unscaled;
            digits++;
        }
        if (digits == 0 || digits > 1 && in[integerFrom] == '0') {
            throw malformed("Número mal escrito / Malformed number: " + ascii(from, Math.min(pos + 1, in.length)));
        }
        int scale = 0;
        boolean point = pos < in.length && in[pos] == '.';
        if (point) {
            for (pos++; pos < in.length && isDigit(in[pos]); pos++) {
                unscaled = digits < NumberNodes.LONG_DIGITS ? unscaled * 10 + (in[pos] - '0') : unscaled;
                digits++;
                scale++;
            }
            if (scale == 0) {
                throw malformed("Decimal point not followed by a digit");
            }
        }
        boolean exponent = pos < in.length && (in[pos] == 'e' || in[pos] == 'E');
        if (exponent) {
            skipExponent();
        }
        if (pos - from > limits.getMaxNumberLength()) {
            throw malformed("Number value length (" + (pos - from) + ") exceeds the maximum allowed ("
                    + limits.getMaxNumberLength() + ", from `StreamReadConstraints.getMaxNumberLength()`)");
        }
        if (!point && !exponent) {
            return digits <= NumberNodes.LONG_DIGITS ? NumberNodes.integer(negative ? -unscaled : unscaled)
                    : NumberNodes.integer(ascii(from, pos));
        }
        if (!exponent && digits <= NumberNodes.LONG_DIGITS && numbers.fromDigits(unscaled, scale)) {
            return numbers.fraction(negative, unscaled, scale);
        }
        return numbers.floating(ascii(from, pos));
    }

    private void skipExponent() throws JsonParseException {
        pos++;
        if (pos < in.length && (in[pos] == '+' || in[pos] == '-')) {
            pos++;
        }
        int from = pos;
        while (pos < in.length && isDigit(in[pos])) {
            pos++;
        }
        if (pos == from) {
            throw malformed("Exponent indicator not followed by a digit");
        }
    }

    private JsonNode literal(String word, JsonNode node) throws JsonParseException {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= in.length || in[pos] != word.charAt(i)) {
                throw malformed("Unrecognized token: expected '" + word + "'");
            }
            pos++;
        }
        return node;
    }

    private void expect(int wanted) throws JsonParseException {
        int b = nextNonSpace();
        if (b != wanted) {
            throw unexpected(b);
        }
        pos++;
    }

    /** The byte at the first position from {@code pos} on that is not white space (left there); -1 at the end. */
    private int nextNonSpace() {
        while (pos < in.length) {
            int b = in[pos] & 0xff;
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
            pos++;
        }
        return -1;
    }

    private String ascii(int from, int to) {
        return new String(in, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    private JsonParseException unexpected(int b) {
        return b < 0 ? malformed("Unexpected end-of-input") : malformed("Unexpected character " + describe(b));
    }

    private JsonParseException endInString() {
        pos = in.length;
        return malformed("Unexpected end-of-input in a string");
    }

    private static String describe(int b) {
        return "('" + (char) b + "' (code " + b + "))";
    }

    private JsonParseException malformed(String message) {
        return new JsonParseException(message, new JsonLocation(ContentReference.unknown(), offset + pos, -1, -1,
                -1));
    }
}
