package org.ocdsnacional.ocds.read;

import java.io.IOException;
import java.io.InputStream;

/** The bytes of one JSON document: a file, the content of a GZIP file, or one entry of a ZIP archive. */
interface DocumentSource {

    /** What to call it in messages: a path, a URL, {@code archive.zip!/entry.json}. */
    String origin();

    /** The bytes, from the start; may be called again when {@link #reopenable()}. */
    InputStream open() throws IOException;

    /** Whether {@link #open()} can be called more than once (files and archive entries, not one-shot streams). */
    boolean reopenable();

    /** A source that can be opened again and again. */
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

            @Override
            public boolean reopenable() {
                return true;
            }
        };
    }

    /** A stream that can be read once. */
    static DocumentSource once(String origin, InputStream in) {
        return new DocumentSource() {
            private boolean opened;

            @Override
            public String origin() {
                return origin;
            }

            @Override
            public InputStream open() throws IOException {
                if (opened) {
                    throw new IOException("A stream can be read only once: " + origin);
                }
                opened = true;
                return in;
            }

            @Override
            public boolean reopenable() {
                return false;
            }
        };
    }

    /** Opens bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
