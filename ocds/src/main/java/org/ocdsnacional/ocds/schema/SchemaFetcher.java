package org.ocdsnacional.ocds.schema;

import java.io.IOException;
import java.net.URI;

/**
 * Fetches the text at a URL for {@link HttpSchemaSource}. The URLs of extensions come from publishers' data, so the
 * application gives an implementation that applies its HTTP policy (addresses, redirects, size cap, timeouts); the
 * {@code ocds} library itself opens no connection.
 */
@FunctionalInterface
public interface SchemaFetcher {

    /**
     * The text at {@code url}.
     *
     * @throws SchemaNotFoundException when the server answered that nothing is there (HTTP 404 or 410)
     * @throws IOException             when it cannot be had, with a message that may be shown to publishers: it
     *                                 must not tell whether a refused address exists or answers
     */
    String fetch(URI url) throws IOException;
}
