package org.ocdsnacional.web.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Gzip for what the portal sends, when the browser accepts it: pages, stylesheets, scripts. */
final class Compression {

    /** Below this, compressing saves less than it costs. */
    static final int MIN_SIZE = 1_024;

    private Compression() {
    }

    static boolean accepted(ServerRequest request) {
        return request.headers().first(HeaderNames.ACCEPT_ENCODING)
                .map(value -> value.toLowerCase(java.util.Locale.ROOT).contains("gzip"))
                .orElse(false);
    }

    /** {@code bytes} gzipped at {@code level} ({@link Deflater#BEST_SPEED} for pages made per request). */
    static byte[] gzip(byte[] bytes, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8_192) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
