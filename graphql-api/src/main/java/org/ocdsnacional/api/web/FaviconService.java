package org.ocdsnacional.api.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /favicon.ico}: the application's icon (a magnifying glass, 16, 32 and 48 pixels), which browsers ask for
 * on every site they open.
 */
public final class FaviconService implements HttpService {

    private static final String RESOURCE = "/web/favicon.ico";

    private final byte[] icon;

    private FaviconService(byte[] icon) {
        this.icon = icon;
    }

    public static FaviconService create() {
        try (InputStream in = FaviconService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return new FaviconService(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::icon);
    }

    private void icon(ServerRequest request, ServerResponse response) {
        response.header(HeaderNames.CONTENT_TYPE, "image/x-icon")
                .header(HeaderNames.CACHE_CONTROL, "public, max-age=86400")
                .send(icon);
    }
}
