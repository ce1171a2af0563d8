package org.ocdsnacional.ocds.schema;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Downloads schemas, codelists and extensions over HTTP and keeps them in a disk cache laid out by URL
 * ({@code <host>/<path>}, the same layout as the offline mirror). A cached copy younger than {@code maxAge}
 * is used without asking the network; an older one is refreshed, and used anyway (stale) when the
 * download fails, so validation keeps working offline.
 */
public final class HttpSchemaSource implements SchemaSource {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaSource.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final OkHttpClient client;
    private final Path cacheDir;
    private final Duration maxAge;

    private HttpSchemaSource(OkHttpClient client, Path cacheDir, Duration maxAge) {
        this.client = client;
        this.cacheDir = cacheDir;
        this.maxAge = maxAge;
    }

    /** A source using {@code client} (share the application's client and its HTTP policy). */
    public static HttpSchemaSource create(OkHttpClient client, Path cacheDir, Duration maxAge) {
        return new HttpSchemaSource(client, cacheDir.toAbsolutePath().normalize(), maxAge);
    }

    /** A source with its own client: 10 s to connect, 60 s per download. */
    public static HttpSchemaSource create(Path cacheDir, Duration maxAge) {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                .build();
        return create(client, cacheDir, maxAge);
    }

    @Override
    public String read(URI url) throws IOException {
        Path cached = UrlLayout.file(cacheDir, url);
        if (isFresh(cached)) {
            return Files.readString(cached);
        }
        try {
            String text = download(url);
            store(cached, text);
            return text;
        } catch (IOException e) {
            return stale(url, cached, e);
        }
    }

    private boolean isFresh(Path cached) throws IOException {
        if (!Files.isRegularFile(cached)) {
            return false;
        }
        FileTime modified = Files.getLastModifiedTime(cached);
        return modified.toInstant().plus(maxAge).isAfter(Instant.now());
    }

    private String download(URI url) throws IOException {
        Request request = new Request.Builder().url(url.toString()).get().build();
        try (Response response = client.newCall(request).execute()) {
            if (response.code() == 404 || response.code() == 410) {
                throw new SchemaNotFoundException(url, "HTTP " + response.code() + " for " + url);
            }
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " for " + url);
            }
            return Texts.withoutBom(response.body().string());
        }
    }

    private static void store(Path cached, String text) throws IOException {
        Files.createDirectories(cached.getParent());
        Path temporary = Files.createTempFile(cached.getParent(), ".download-", ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String stale(URI url, Path cached, IOException failure) throws IOException {
        if (failure instanceof SchemaNotFoundException notFound) {
            throw notFound;
        }
        if (!Files.isRegularFile(cached)) {
            throw new IOException("Could not download " + url + ": " + failure.getMessage(), failure);
        }
        LOG.warn("Using the stale cached copy of {} ({}): {}", url, cached, failure.getMessage());
        return Files.readString(cached);
    }

    @Override
    public String toString() {
        return "HttpSchemaSource[" + cacheDir + ", maxAge=" + maxAge + "]";
    }
}
