package org.ocdsnacional.ocds.schema;

import java.io.IOException;
import java.net.URI;

/** Gives the text of a schema, codelist or extension file by the URL it is published at. */
public interface SchemaSource {

    /**
     * The text at {@code url}.
     *
     * @throws IOException with a message naming the URL and the reason when it cannot be had
     */
    String read(URI url) throws IOException;
}
