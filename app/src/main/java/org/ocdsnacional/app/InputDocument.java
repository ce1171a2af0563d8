package org.ocdsnacional.app;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * What the {@code validate} command reads: a local file as it is, or a URL downloaded to a temporary file first
 * (so that a package's metadata can be found wherever it is in the document). Closing deletes the download.
 *
 * @param file       the file to read
 * @param origin     the file or URL as given
 * @param downloaded whether {@code file} is a temporary download
 */
record InputDocument(Path file, String origin, boolean downloaded) implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** The document named by {@code fileOrUrl}; a URL is downloaded now. */
    static InputDocument open(String fileOrUrl) throws IOException {
        if (!fileOrUrl.startsWith("http://") && !fileOrUrl.startsWith("https://")) {
            Path file = Path.of(fileOrUrl);
            if (!Files.isRegularFile(file)) {
                throw new IOException("No existe el archivo / No such file: " + file.toAbsolutePath());
            }
            return new InputDocument(file, fileOrUrl, false);
        }
        return new InputDocument(download(URI.create(fileOrUrl)), fileOrUrl, true);
    }

    /** Standard input, copied to a temporary file first (deleted on closing). */
    static InputDocument standardInput() throws IOException {
        Path file = Files.createTempFile("ocds-stdin-", ".json");
        try {
            Files.copy(System.in, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new InputDocument(file, "-", true);
    }

    private static Path download(URI url) throws IOException {
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();
        Request request = new Request.Builder().url(url.toString()).get().build();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("HTTP " + response.code() + " para / for " + url);
            }
            Path file = Files.createTempFile("ocds-validate-", ".json");
            try (InputStream body = response.body().byteStream()) {
                Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        }
    }

    /** Closes, leaving a temporary file behind if it cannot be deleted (the system cleans its temporary folder). */
    void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // a temporary file left behind
        }
    }

    @Override
    public void close() throws IOException {
        if (downloaded) {
            Files.deleteIfExists(file);
        }
    }
}
