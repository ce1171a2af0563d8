package org.ocdsnacional.ocds.read;

import java.io.FilterInputStream;
import java.io.InputStream;

/** An entry of a ZIP stream: closing it must not close the archive, whose next entry follows. */
final class UnclosableStream extends FilterInputStream {

    UnclosableStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // the archive stream stays open for its next entry
    }
}
