package org.ocdsnacional.generator.publish;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request to one generated source: its method, the path under the source ({@code /edca/fiscalYears}), the
 * decoded query, the Host it was sent to and the body.
 */
record Request(String method, String path, Map<String, String> query, String host, String userAgent, byte[] body) {

    static Request of(HttpExchange exchange, String pathUnderSource) throws IOException {
        String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("localhost");
        String agent = Optional.ofNullable(exchange.getRequestHeaders().getFirst("User-Agent")).orElse("");
        return new Request(exchange.getRequestMethod(), pathUnderSource, query(exchange.getRequestURI().getRawQuery()),
                host, agent, exchange.getRequestBody().readAllBytes());
    }

    Optional<String> param(String name) {
        return Optional.ofNullable(query.get(name));
    }

    int intParam(String name, int fallback) {
        try {
            return param(name).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(decode(name), decode(value));
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
