package org.ocdsnacional.ocds.read;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of one JSON document: a file, the content of a GZIP file, or one entry of a ZIP archive. */
interface DocumentSource {

    /** What to call it in messages: a path, a URL, {@code archive.zip!/entry.json}. */
    String origin();

    /** The bytes, from the start; may be called again and again. */
    InputStream open() throws IOException;

    /** A source opened by {@code opener}, again and again. */
    static DocumentSource reopenable(String origin, Opener opener) {
        return new DocumentSource() {
            @Override
            public String origin() {
                return origin;
            }

            @Override
            public InputStream open() throws IOException {
                return opener.open();
            }
        };
    }

    /** Opens bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
