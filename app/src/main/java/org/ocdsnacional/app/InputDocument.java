package org.ocdsnacional.app;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the {@code validate} and {@code compile} commands read: a local file as it is (a path, or a {@code file:}
 * URL), an {@code http(s)} URL downloaded to a temporary file first (so that a package's metadata can be found
 * wherever it is in the document), or standard input copied to a temporary file. Closing deletes the download or the
 * copy. Every reason it cannot be opened is said in Spanish and English, naming the file or URL as the user gave it.
 *
 * @param file       the file to read
 * @param origin     the file or URL as given
 * @param downloaded whether {@code file} is a temporary download
 */
record InputDocument(Path file, String origin, boolean downloaded) implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    /** The document named by {@code fileOrUrl}; a URL is downloaded now. */
    static InputDocument open(String fileOrUrl) throws IOException {
        String scheme = scheme(fileOrUrl);
        return switch (scheme) {
            case "http", "https" -> new InputDocument(download(fileOrUrl), fileOrUrl, true);
            case "file" -> new InputDocument(local(fileUrl(fileOrUrl), fileOrUrl), fileOrUrl, false);
            case "" -> new InputDocument(local(Path.of(fileOrUrl), fileOrUrl), fileOrUrl, false);
            default -> throw new IOException("solo se leen archivos y direcciones http:// o https://, no «" + scheme
                    + ":» / only files and http:// or https:// addresses are read, not «" + scheme + ":»");
        };
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

    /** The URL scheme, lower case, of a URL ({@code ftp://…}, {@code file:/…}); empty for a path. */
    private static String scheme(String fileOrUrl) {
        var matcher = SCHEME.matcher(fileOrUrl);
        boolean url = matcher.find() && (fileOrUrl.startsWith(matcher.group(1) + "://")
                || matcher.group(1).equalsIgnoreCase("file"));
        return url ? matcher.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static Path fileUrl(String url) throws IOException {
        try {
            return Path.of(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw new IOException("la dirección file: no es válida, p. ej. file:///datos/paquete.json / the file: "
                    + "address is not valid, e.g. file:///data/package.json", e);
        }
    }

    private static Path local(Path file, String given) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("es una carpeta, no un archivo: indique un archivo de ella / it is a folder, not a "
                    + "file: name a file in it");
        }
        if (!Files.exists(file)) {
            throw new IOException("no existe el archivo / no such file" + (given.equals(file.toAbsolutePath()
                    .toString()) ? "" : " (" + file.toAbsolutePath() + ")"));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IOException("no se puede leer el archivo: revise sus permisos / the file cannot be read: check "
                    + "its permissions");
        }
        return file;
    }

    private static Path download(String url) throws IOException {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IOException("la dirección no es válida / the address is not valid");
        }
        OkHttpClient client = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();
        Response answer;
        try {
            answer = client.newCall(new Request.Builder().url(parsed).get().build()).execute();
        } catch (IOException e) {
            throw new IOException(reason(e, parsed), e);
        }
        try (Response response = answer) {
            if (!response.isSuccessful()) {
                throw new IOException("el servidor respondió HTTP " + response.code() + " / the server answered HTTP "
                        + response.code() + (response.message().isBlank() ? "" : " (" + response.message() + ")"));
            }
            return saved(response, parsed);
        }
    }

    /** The body, in a temporary file. */
    private static Path saved(Response response, HttpUrl url) throws IOException {
        Path file = Files.createTempFile("ocds-validate-", ".json");
        try (InputStream body = response.body().byteStream()) {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw new IOException(reason(e, url), e);
        }
    }

    /** Why a download failed, in the project's words. */
    private static String reason(IOException e, HttpUrl url) {
        String server = url.host() + ":" + url.port();
        if (e instanceof UnknownHostException) {
            return "no se encontró el servidor «" + url.host() + "» (¿hay red? ¿está bien escrito?) / server «"
                    + url.host() + "» not found (is there a network? is it spelled right?)";
        }
        if (e instanceof ConnectException) {
            return "no se pudo conectar con " + server + ": nadie responde en esa dirección / could not connect to "
                    + server + ": nothing answers at that address";
        }
        if (e instanceof SSLException) {
            return "falló la conexión segura (TLS) con " + server + " / the secure connection (TLS) with " + server
                    + " failed (" + e.getMessage() + ")";
        }
        if (e instanceof InterruptedIOException) {
            return "el servidor " + server + " no respondió a tiempo / server " + server + " did not answer in time";
        }
        return "la descarga se interrumpió / the download broke off (" + e.getMessage() + ")";
    }
}
