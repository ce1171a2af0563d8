package org.ocdsnacional.harvester.http;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.ocdsnacional.harvester.registry.HttpOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The HTTP policy of one source over OkHttp: its timeouts and user agent, and a cap on the body size. Bodies are
 * streamed to a temporary file in the work directory, never held in memory. {@code file:} URLs are read in place.
 */
public final class HttpFetcher implements Fetcher {

    private static final String ACCEPT = "application/json, */*;q=0.8";
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int ERROR_SNIPPET_BYTES = 1024;

    private final OkHttpClient client;
    private final HttpOptions options;
    private final Path workDir;

    private HttpFetcher(OkHttpClient client, HttpOptions options, Path workDir) {
        this.client = client;
        this.options = options;
        this.workDir = workDir;
    }

    /** Fetchers that share one OkHttp connection pool and write bodies under {@code workDir} (created here). */
    public static FetcherFactory factory(Path workDir) throws IOException {
        return factory(new OkHttpClient(), workDir);
    }

    /** Fetchers derived from {@code shared} (its pool and dispatcher), writing bodies under {@code workDir}. */
    public static FetcherFactory factory(OkHttpClient shared, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        return options -> new HttpFetcher(configured(shared, options), options, workDir);
    }

    @Override
    public Fetched get(URI url) throws FetchException {
        String scheme = String.valueOf(url.getScheme());
        return switch (scheme) {
            case "http", "https" -> download(url);
            case "file" -> local(url);
            default -> throw FetchException.of(url, FailureReasons.unsupported(scheme), null);
        };
    }

    private Fetched download(URI url) throws FetchException {
        Request request = new Request.Builder().url(url.toString())
                .header("User-Agent", options.userAgent())
                .header("Accept", ACCEPT)
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw FetchException.status(url, response.code(),
                        FailureReasons.status(response.code(), response.peekBody(ERROR_SNIPPET_BYTES).string()));
            }
            return save(url, response);
        } catch (IOException e) {
            throw FetchException.of(url, FailureReasons.of(e), e);
        }
    }

    private Fetched save(URI url, Response response) throws IOException, FetchException {
        ResponseBody body = response.body();
        if (body.contentLength() > options.maxBodyBytes()) {
            throw FetchException.status(url, response.code(), FailureReasons.tooLarge(options.maxBodyBytes()));
        }
        Path file = Files.createTempFile(workDir, "body-", ".tmp");
        try (InputStream in = body.byteStream(); OutputStream out = Files.newOutputStream(file)) {
            long bytes = copy(url, response.code(), in, out);
            return Fetched.downloaded(url, response.code(), file, bytes);
        } catch (IOException | FetchException | RuntimeException e) {
            deleteAfterFailure(file, e);
            throw e;
        }
    }

    private long copy(URI url, int status, InputStream in, OutputStream out) throws IOException, FetchException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > options.maxBodyBytes()) {
                throw FetchException.status(url, status, FailureReasons.tooLarge(options.maxBodyBytes()));
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static Fetched local(URI url) throws FetchException {
        try {
            Path file = Path.of(url);
            return Fetched.local(url, file, Files.size(file));
        } catch (IOException e) {
            throw FetchException.of(url, FailureReasons.of(e), e);
        } catch (IllegalArgumentException e) {
            throw FetchException.of(url, "URL de archivo no válida / Invalid file URL: " + e.getMessage(), e);
        }
    }

    private static void deleteAfterFailure(Path file, Exception failure) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static OkHttpClient configured(OkHttpClient shared, HttpOptions options) {
        return shared.newBuilder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .callTimeout(options.callTimeout())
                .build();
    }
}
