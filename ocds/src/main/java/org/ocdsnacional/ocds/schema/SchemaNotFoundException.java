package org.ocdsnacional.ocds.schema;

import java.io.IOException;
import java.net.URI;

/** The server answered that nothing is published at the URL (HTTP 404 or 410), as opposed to not answering. */
public final class SchemaNotFoundException extends IOException {

    private final URI url;

    public SchemaNotFoundException(URI url, String message) {
        super(message);
        this.url = url;
    }

    /** The URL that has nothing. */
    public URI url() {
        return url;
    }
}
