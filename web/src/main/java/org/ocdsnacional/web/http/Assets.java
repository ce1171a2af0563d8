package org.ocdsnacional.web.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * The portal's stylesheet, script and icons, from the classpath ({@code portal/static/}), served under
 * {@value #PATH} with their content's hash in the name ({@code portal.3fa2c1d0.css}): a browser keeps each for a
 * year and never asks again, and a changed file has a new name. They are held in memory, gzipped once.
 */
public final class Assets implements HttpService {

    public static final String PATH = "/static";
    private static final String CLASSPATH = "/portal/static/";
    private static final String FOREVER = "public, max-age=31536000, immutable";

    /** One file: its bytes, gzipped bytes, type and hash. */
    private record Asset(String name, byte[] bytes, byte[] gzipped, String type, String hash) {

        String fingerprinted() {
            int dot = name.lastIndexOf('.');
            return name.substring(0, dot) + "." + hash + name.substring(dot);
        }
    }

    private final Map<String, Asset> byName = new LinkedHashMap<>();
    private final Map<String, Asset> byFingerprint = new LinkedHashMap<>();

    private Assets(List<Asset> assets) {
        for (Asset asset : assets) {
            byName.put(asset.name(), asset);
            byFingerprint.put(asset.fingerprinted(), asset);
        }
    }

    /** Loads the named files of {@code portal/static/} on the classpath. */
    public static Assets load(List<String> names) {
        return new Assets(names.stream().map(Assets::read).toList());
    }

    /** The URL of a file by its plain name ({@code portal.css}), fingerprinted. */
    public String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("No asset " + name + " (known: " + byName.keySet() + ")");
        }
        return PATH + "/" + asset.fingerprinted();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{name}", this::serve).head("/{name}", this::serve);
    }

    private void serve(ServerRequest request, ServerResponse response) {
        Optional<Asset> found = Optional.ofNullable(byFingerprint.get(request.path().pathParameters().get("name")));
        if (found.isEmpty()) {
            response.status(Status.NOT_FOUND_404).header(HeaderNames.CACHE_CONTROL, "no-cache").send();
            return;
        }
        Asset asset = found.get();
        String etag = "\"" + asset.hash() + "\"";
        response.header(HeaderNames.CACHE_CONTROL, FOREVER)
                .header(HeaderNames.ETAG, etag)
                .header(HeaderNames.VARY, "Accept-Encoding")
                .header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff")
                .header(HeaderNames.CONTENT_TYPE, asset.type());
        if (request.headers().first(HeaderNames.IF_NONE_MATCH).filter(etag::equals).isPresent()) {
            response.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        if (asset.gzipped() != null && Compression.accepted(request)) {
            response.header(HeaderNames.CONTENT_ENCODING, "gzip");
            HeadRequests.send(request, response, asset.gzipped());
            return;
        }
        HeadRequests.send(request, response, asset.bytes());
    }

    private static Asset read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(CLASSPATH + name)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH + name + " is not on the classpath");
            }
            byte[] bytes = in.readAllBytes();
            byte[] gzipped = bytes.length >= Compression.MIN_SIZE
                    ? Compression.gzip(bytes, Deflater.BEST_COMPRESSION) : null;
            return new Asset(name, bytes, gzipped, type(name), hash(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String name) {
        if (name.endsWith(".css")) {
            return "text/css; charset=UTF-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=UTF-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
