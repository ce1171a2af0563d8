package org.ocdsnacional.ocds.schema;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps in memory what another source gave, so each URL is read at most once per process (codelists and
 * extensions are asked for again and again). Failures are not kept: the next call asks again.
 */
public final class CachingSchemaSource implements SchemaSource {

    private final SchemaSource delegate;
    private final Map<URI, String> texts = new ConcurrentHashMap<>();

    private CachingSchemaSource(SchemaSource delegate) {
        this.delegate = delegate;
    }

    /** A cache in front of {@code delegate}. */
    public static CachingSchemaSource of(SchemaSource delegate) {
        return new CachingSchemaSource(delegate);
    }

    @Override
    public String read(URI url) throws IOException {
        String text = texts.get(url);
        if (text != null) {
            return text;
        }
        String read = delegate.read(url);
        texts.putIfAbsent(url, read);
        return read;
    }

    @Override
    public String toString() {
        return "CachingSchemaSource[" + delegate + "]";
    }
}
