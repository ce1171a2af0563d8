package org.ocdsnacional.harvester.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The body of a POST.
 *
 * @param mediaType   its {@code Content-Type}
 * @param text        the body
 * @param credentials whether it carries credentials (a token request): the answer is then never stored or shown
 */
public record Payload(String mediaType, String text, boolean credentials) {

    public static Payload json(String json) {
        return new Payload("application/json; charset=utf-8", json, false);
    }

    /**
     * An HTML form ({@code application/x-www-form-urlencoded}, fields in the map's order) that carries credentials,
     * such as an OAuth token request: what answers it is never stored or shown.
     */
    public static Payload credentials(Map<String, String> fields) {
        return new Payload("application/x-www-form-urlencoded", encoded(fields), true);
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
