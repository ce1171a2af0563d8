package org.ocdsnacional.ocds.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What the documents inside one container (the content of a GZIP, the entries of a ZIP) may unpack to, all
 * together: bytes are counted as they stream, so a zip or gzip bomb is refused without ever being written out. A
 * document read more than once (again as Latin-1, or to find its metadata first) counts once, with the most bytes
 * any one reading of it unpacked.
 */
final class UnpackBudget {

    private final long limit;
    private long used;

    private UnpackBudget(long limit) {
        this.limit = limit;
    }

    /** At most {@code limit} bytes unpacked in all. */
    static UnpackBudget of(long limit) {
        return new UnpackBudget(limit);
    }

    static UnpackBudget unlimited() {
        return new UnpackBudget(Long.MAX_VALUE);
    }

    /** Refuses a container at once when the sizes its entries declare already exceed the budget. */
    void declared(long bytes) throws UnpackLimitException {
        if (bytes > limit) {
            throw UnpackLimitException.unpackedBytes(limit);
        }
    }

    /** The share of one document: each reading of its unpacked bytes goes through {@link Share#meter}. */
    Share share() {
        return new Share();
    }

    /** What one document has unpacked so far. */
    final class Share {
        private long counted;

        InputStream meter(InputStream unpacked) {
            return new Metered(unpacked, this);
        }

        private void reached(long bytes) throws UnpackLimitException {
            if (bytes <= counted) {
                return;
            }
            used += bytes - counted;
            counted = bytes;
            if (used > limit) {
                throw UnpackLimitException.unpackedBytes(limit);
            }
        }
    }

    /** One reading of a document's unpacked bytes, counting them (skipped ones too). */
    private static final class Metered extends FilterInputStream {
        private final Share share;
        private long position;

        Metered(InputStream in, Share share) {
            super(in);
            this.share = share;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                advance(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            advance(skipped);
            return skipped;
        }

        private void advance(long bytes) throws UnpackLimitException {
            position += bytes;
            share.reached(position);
        }
    }
}
