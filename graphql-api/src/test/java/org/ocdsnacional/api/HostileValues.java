package org.ocdsnacional.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Values a hostile or careless client sends, as GraphQL literals and as JSON variables: every wrong type, huge and
 * tiny numbers, huge exponents, empty and blank strings, control characters, very long strings, a search of thousands
 * of words, nulls, unknown enum values and object fields, deep and long lists, bad dates and amounts, and query syntax.
 */
final class HostileValues {

    /** Longest literal: the query around it must stay under the API's 20,000 characters. */
    private static final int LONG_LITERAL = 12_000;
    /** Longest variable: the request stays under the 1 MiB body limit. */
    private static final int LONG_VARIABLE = 50_000;

    private HostileValues() {
    }

    /**
     * One value.
     *
     * @param name       what it is, for reports
     * @param literal    the value as a GraphQL literal; empty when it cannot be written as one
     * @param asVariable whether to send it as a variable too
     * @param json       the value as a variable (null is JSON's null)
     */
    record Hostile(String name, Optional<String> literal, boolean asVariable, Object json) {
    }

    static List<Hostile> all() {
        List<Hostile> values = new ArrayList<>();
        both(values, "null", "null", null);
        for (String text : List.of("", "   ", "1,000", "abc", "NaN", "Infinity", "-Infinity", "-0", "0x1F", "1e1000",
                "1e-100000000", "1e30000000", "1E+2147483648", "99999999999999999999999999.999999999999",
                "2024-13-45", "2024-12-31T25:61:61Z", "+999999999-01-01", "Jalisco", "mx-jal", "MX_JAL", "estatal",
                "Adjudicación directa", "PESOS", "title:* OR \"", "*", "\\", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "DESC", "nope",
                "bm9wZQ", "eyJ2IjoxLCJzIjpbXX0", "\u0000\u0007\u001b[2J\u007f")) {
            both(values, "string «" + abbreviated(text) + "»", quoted(text), text);
        }
        both(values, "long string", quoted("a".repeat(LONG_LITERAL)), "a".repeat(LONG_VARIABLE));
        both(values, "1,500 words", quoted(words(1_500)), words(3_000));
        for (String number : List.of("0", "-1", "1", "2147483647", "2147483648", "-2147483649",
                "99999999999999999999999999", "-1.5", "1e1000", "1e-100000000", "1e30000000", "1e-999999999")) {
            both(values, "number " + number, number, new BigDecimal(number));
        }
        both(values, "true", "true", true);
        for (String name : List.of("NOPE", "MX_JAL", "DESC", "FROZEN", "active", "federal")) {
            values.add(new Hostile("enum " + name, Optional.of(name), false, null));
        }
        both(values, "empty list", "[]", List.of());
        both(values, "list of a string", "[\"x\"]", List.of("x"));
        both(values, "list with a null", "[null]", Collections.singletonList(null));
        both(values, "deep list", "[".repeat(10) + "\"x\"" + "]".repeat(10), deepList(10));
        values.add(new Hostile("very deep list", Optional.empty(), true, deepList(300)));
        both(values, "long list", "[" + IntStream.range(0, 500).mapToObj(i -> "\"v" + i + "\"")
                .collect(Collectors.joining(",")) + "]", IntStream.range(0, 1_000).mapToObj(i -> "v" + i).toList());
        both(values, "empty object", "{}", Map.of());
        both(values, "object with an unknown field", "{nope: 1}", Map.of("nope", 1));
        both(values, "object with a null field", "{field: null}", Collections.singletonMap("field", null));
        return values;
    }

    private static void both(List<Hostile> values, String name, String literal, Object json) {
        values.add(new Hostile(name, Optional.of(literal), true, json));
    }

    private static Object deepList(int depth) {
        Object value = "x";
        for (int i = 0; i < depth; i++) {
            value = List.of(value);
        }
        return value;
    }

    private static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    /** A GraphQL string literal of {@code text}: quotes and backslashes escaped, control characters as \\uXXXX. */
    private static String quoted(String text) {
        StringBuilder literal = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                literal.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f) {
                literal.append(String.format("\\u%04x", c));
            } else {
                literal.appendCodePoint(c);
            }
        });
        return literal.append('"').toString();
    }

    private static String abbreviated(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }
}
