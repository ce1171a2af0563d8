package org.ocdsnacional.ocds.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A declared extension URL and the URLs of the files beside its {@code extension.json}: the name replaces the
 * last {@code extension.json} in the URL, which works for plain paths and for URLs that carry the path in a
 * query (as Azure DevOps does).
 */
final class ExtensionUrl {

    private static final String METADATA = "extension.json";

    private final String url;

    private ExtensionUrl(String url) {
        this.url = url;
    }

    /** The extension URL, or the problem that makes it unusable. */
    static Result parse(String declared) {
        URI uri;
        try {
            uri = new URI(declared);
        } catch (URISyntaxException e) {
            return new Result(Optional.empty(), Optional.of(new ExtensionProblem(
                    ExtensionProblem.Kind.NOT_AN_EXTENSION_URL, "not a URL: " + e.getMessage())));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Result(Optional.empty(), Optional.of(new ExtensionProblem(
                    ExtensionProblem.Kind.UNSUPPORTED_SCHEME, "URI scheme '" + scheme + "' not supported")));
        }
        if (!declared.contains(METADATA)) {
            return new Result(Optional.empty(), Optional.of(new ExtensionProblem(
                    ExtensionProblem.Kind.NOT_AN_EXTENSION_URL, "missing extension.json")));
        }
        return new Result(Optional.of(new ExtensionUrl(declared)), Optional.empty());
    }

    URI metadata() {
        return URI.create(url);
    }

    /** The URL of a file beside the extension.json, e.g. {@code release-schema.json} or {@code codelists/x.csv}. */
    URI file(String name) {
        int at = url.lastIndexOf(METADATA);
        return URI.create(url.substring(0, at) + name + url.substring(at + METADATA.length()));
    }

    /**
     * A parsed URL or why it cannot be used.
     *
     * @param url     the usable URL
     * @param problem why the URL cannot be used
     */
    record Result(Optional<ExtensionUrl> url, Optional<ExtensionProblem> problem) {
    }
}
