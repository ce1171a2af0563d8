package org.ocdsnacional.ocds.schema;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Where a URL lives in a folder laid out by URL: {@code <host>/<path>}, scheme and port dropped
 * ({@code https://standard.open-contracting.org/schema/1__1__5/release-schema.json} →
 * {@code standard.open-contracting.org/schema/1__1__5/release-schema.json}).
 */
final class UrlLayout {

    private UrlLayout() {
    }

    /** The file for {@code url} under {@code root}; refuses URLs without a host and paths that leave the root. */
    static Path file(Path root, URI url) throws IOException {
        String host = host(url);
        Path file = root.resolve(host).resolve(relativePath(url)).normalize();
        if (!file.startsWith(root.resolve(host))) {
            throw new IOException("URL path leaves its host folder: " + url);
        }
        return file;
    }

    /**
     * {@code <host>/<path>} of {@code url}, with {@code /} between names; refuses URLs without a host and paths with
     * {@code .} or {@code ..} segments.
     */
    static String relative(URI url) throws IOException {
        String path = relativePath(url);
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new IOException("URL path leaves its host folder: " + url);
            }
        }
        return host(url) + "/" + path;
    }

    private static String host(URI url) throws IOException {
        if (url.getHost() == null) {
            throw new IOException("Not an absolute URL with a host: " + url);
        }
        return url.getHost();
    }

    private static String relativePath(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index";
        }
        return url.getQuery() == null ? relative : relative + "?" + url.getQuery();
    }
}
