package org.ocdsnacional.harvester.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The body of a POST.
 *
 * @param mediaType its {@code Content-Type}
 * @param text      the body
 */
public record Payload(String mediaType, String text) {

    public static Payload json(String json) {
        return new Payload("application/json; charset=utf-8", json);
    }

    /** An HTML form, {@code application/x-www-form-urlencoded}, fields in the map's order. */
    public static Payload form(Map<String, String> fields) {
        return new Payload("application/x-www-form-urlencoded", fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
