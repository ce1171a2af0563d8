package org.ocdsnacional.ocds.schema;

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
 * Downloads schemas, codelists and extensions through a {@link SchemaFetcher} (the application's HTTP policy: the
 * extension URLs come from publishers' data) and keeps them in a disk cache laid out by URL ({@code <host>/<path>},
 * the same layout as the offline mirror). A cached copy younger than {@code maxAge} is used without asking the
 * network; an older one is refreshed, and used anyway (stale) when the download fails, so validation keeps working
 * offline.
 */
public final class HttpSchemaSource implements SchemaSource {

    private static final Logger LOG = LoggerFactory.getLogger(HttpSchemaSource.class);

    private final SchemaFetcher fetcher;
    private final Path cacheDir;
    private final Duration maxAge;

    private HttpSchemaSource(SchemaFetcher fetcher, Path cacheDir, Duration maxAge) {
        this.fetcher = fetcher;
        this.cacheDir = cacheDir;
        this.maxAge = maxAge;
    }

    /** A source that downloads through {@code fetcher} and caches under {@code cacheDir} for {@code maxAge}. */
    public static HttpSchemaSource create(SchemaFetcher fetcher, Path cacheDir, Duration maxAge) {
        return new HttpSchemaSource(fetcher, cacheDir.toAbsolutePath().normalize(), maxAge);
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
        return Texts.withoutBom(fetcher.fetch(url));
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
