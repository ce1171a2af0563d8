package org.ocdsnacional.harvester.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * A body that must come at a minimum rate: from its first read, the bytes received are counted over windows of the
 * source's {@code transferRateWindow}, and a window slower than {@code minTransferRate} ends the reading with
 * {@link TooSlow}. A body trickling a byte a second would otherwise hold a harvest for the whole call timeout, at
 * every attempt. The time before the first byte is the read timeout's business (a slow API thinking), not this.
 */
final class MinimumRate extends FilterInputStream {

    private final long bytesPerSecond;
    private final long windowNanos;
    private long windowStart = -1;
    private long windowBytes;

    private MinimumRate(InputStream in, long bytesPerSecond, Duration window) {
        super(in);
        this.bytesPerSecond = bytesPerSecond;
        this.windowNanos = window.toNanos();
    }

    /** {@code in} held to {@code bytesPerSecond} over {@code window}; {@code in} itself when there is no minimum. */
    static InputStream of(InputStream in, long bytesPerSecond, Duration window) {
        return bytesPerSecond <= 0 ? in : new MinimumRate(in, bytesPerSecond, window);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (windowStart < 0) {
            windowStart = System.nanoTime();
        }
        int read = super.read(buffer, offset, length);
        count(Math.max(read, 0));
        return read;
    }

    private void count(int bytes) throws TooSlow {
        long now = System.nanoTime();
        if (windowStart < 0) {
            windowStart = now;
        }
        windowBytes += bytes;
        long elapsed = now - windowStart;
        if (elapsed < windowNanos) {
            return;
        }
        if (windowBytes * 1_000_000_000L / elapsed < bytesPerSecond) {
            throw new TooSlow(windowBytes, Duration.ofNanos(elapsed), bytesPerSecond);
        }
        windowStart = now;
        windowBytes = 0;
    }

    /** A body that came slower than the minimum rate over a whole window. */
    static final class TooSlow extends IOException {
        private final long bytes;
        private final Duration over;
        private final long minimum;

        TooSlow(long bytes, Duration over, long minimum) {
            super(bytes + " bytes in " + over.toSeconds() + " s, under " + minimum + " bytes/s");
            this.bytes = bytes;
            this.over = over;
            this.minimum = minimum;
        }

        long bytes() {
            return bytes;
        }

        Duration over() {
            return over;
        }

        long minimum() {
            return minimum;
        }
    }
}
