package org.ocdsnacional.harvester.http;

import java.util.Optional;

/**
 * What a server said identifies a version of a body ({@code ETag}, {@code Last-Modified}), kept to ask next time
 * with {@code If-None-Match} and {@code If-Modified-Since}.
 *
 * @param etag         the {@code ETag} header, if any
 * @param lastModified the {@code Last-Modified} header, if any
 */
public record CacheValidators(Optional<String> etag, Optional<String> lastModified) {

    public static final CacheValidators NONE = new CacheValidators(Optional.empty(), Optional.empty());

    public static CacheValidators of(String etag, String lastModified) {
        return new CacheValidators(Optional.ofNullable(etag), Optional.ofNullable(lastModified));
    }

    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
