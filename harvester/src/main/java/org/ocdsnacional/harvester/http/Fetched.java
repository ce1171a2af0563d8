package org.ocdsnacional.harvester.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A body that has been fetched, on disk. Close it once read: a downloaded body is a temporary file and is
 * deleted; a {@code file:} URL is read in place and left alone.
 *
 * @param url         where it came from (the URL asked for, before any redirect)
 * @param status      the HTTP status; empty for a local file
 * @param file        where the body is
 * @param bytes       size of the body
 * @param temporary   whether {@code file} is a temporary copy that closing deletes
 * @param validators  the {@code ETag} and {@code Last-Modified} the server sent
 * @param contentType the {@code Content-Type} the server sent
 * @param sha256        SHA-256 (hex) of the body: equal hashes mean a byte-identical body
 * @param authenticated whether the request carried credentials ({@link FetchRequest#authenticated()}): nothing of
 *                      the body is then quoted in errors, which are stored and shown
 */
public record Fetched(URI url, Optional<Integer> status, Path file, long bytes, boolean temporary,
                      CacheValidators validators, Optional<String> contentType, String sha256, boolean authenticated)
        implements FetchOutcome, AutoCloseable {

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the temporary body of " + url + " at " + file, e);
        }
    }
}
