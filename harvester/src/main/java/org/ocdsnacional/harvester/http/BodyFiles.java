package org.ocdsnacional.harvester.http;

import okhttp3.Response;
import okhttp3.ResponseBody;
import org.ocdsnacional.harvester.registry.HttpOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Bodies on disk: a response streamed to a temporary file (capped, held to the minimum rate and hashed on the way),
 * or a local file.
 */
final class BodyFiles {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path workDir;

    BodyFiles(Path workDir) {
        this.workDir = workDir;
    }

    /** Streams the body of a successful response to a temporary file; a body over {@code limit} is refused. */
    Fetched save(FetchRequest request, Response response, HttpOptions options,
                 BiFunction<URI, String, FetchException> refuse) throws IOException, FetchException {
        URI url = request.url();
        long limit = options.maxBodyBytes();
        ResponseBody body = response.body();
        if (body.contentLength() > limit) {
            throw refuse.apply(url, FailureReasons.tooLarge(limit));
        }
        Path file = Files.createTempFile(workDir, "body-", ".tmp");
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(MinimumRate.of(body.byteStream(), options.minTransferRate(),
                options.transferRateWindow()), digest);
             OutputStream out = Files.newOutputStream(file)) {
            long bytes = copy(in, out, limit);
            if (bytes < 0) {
                throw refuse.apply(url, FailureReasons.tooLarge(limit));
            }
            return new Fetched(url, Optional.of(response.code()), file, bytes, true,
                    CacheValidators.of(response.header("ETag"), response.header("Last-Modified")),
                    Optional.ofNullable(response.header("Content-Type")), HexFormat.of().formatHex(digest.digest()),
                    request.authenticated());
        } catch (IOException | FetchException | RuntimeException e) {
            deleteAfterFailure(file, e);
            throw e;
        }
    }

    /** A {@code file:} URL read in place; its modification time serves as {@code Last-Modified}. */
    FetchOutcome local(FetchRequest request) throws FetchException {
        URI url = request.url();
        try {
            Path file = Path.of(url);
            String modified = DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Files.getLastModifiedTime(file).toInstant().atOffset(ZoneOffset.UTC));
            if (request.conditional().lastModified().filter(modified::equals).isPresent()) {
                return new FetchOutcome.NotModified(url);
            }
            return new Fetched(url, Optional.empty(), file, Files.size(file), false,
                    CacheValidators.of(null, modified), Optional.empty(), hash(file), false);
        } catch (IOException e) {
            throw FetchException.of(url, FailureReasons.of(e), e);
        } catch (IllegalArgumentException e) {
            throw FetchException.refused(url, "URL de archivo no válida / Invalid file URL: " + e.getMessage());
        }
    }

    /** Copies all of {@code in}; -1 as soon as more than {@code limit} bytes came. */
    private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void deleteAfterFailure(Path file, Exception failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
