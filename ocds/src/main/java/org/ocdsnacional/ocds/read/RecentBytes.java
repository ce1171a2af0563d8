package org.ocdsnacional.ocds.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The input of a parser that keeps what it handed over, so that the bytes of a value the parser has just passed
 * can be copied out: everything from a held offset on, and always the last {@value #BEHIND} bytes (more than the
 * parser's buffer, so the token the parser is at is still there). Memory is one value plus a few reads.
 *
 * <p>Offsets count from the first byte of this stream, as the parser's byte offsets do.
 */
final class RecentBytes extends InputStream {

    private static final int INITIAL = 1 << 18;
    private static final int BEHIND = 1 << 15;
    private static final long NOTHING_HELD = -1;

    private final InputStream in;
    private byte[] kept = new byte[INITIAL];
    private long keptFrom;
    private int keptLength;
    private long held = NOTHING_HELD;

    RecentBytes(InputStream in) {
        this.in = in;
    }

    /** Keeps every byte from {@code offset} on until {@link #copy}; false if that byte is gone already. */
    boolean hold(long offset) {
        if (offset < keptFrom || offset > keptFrom + keptLength) {
            return false;
        }
        held = offset;
        return true;
    }

    /** The bytes from {@code from} to {@code to} (exclusive), which must have been held; lets them go. */
    byte[] copy(long from, long to) {
        if (from < keptFrom || to > keptFrom + keptLength || from > to) {
            throw new IllegalArgumentException("Bytes " + from + ".." + to + " are not kept (" + keptFrom + ".."
                    + (keptFrom + keptLength) + ")");
        }
        held = NOTHING_HELD;
        return Arrays.copyOfRange(kept, (int) (from - keptFrom), (int) (to - keptFrom));
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        makeRoom(length);
        int read = in.read(kept, keptLength, length);
        if (read > 0) {
            System.arraycopy(kept, keptLength, into, offset, read);
            keptLength += read;
        }
        return read;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Drops what is neither held nor recent, moves the rest to the front, grows if that is not enough. */
    private void makeRoom(int length) {
        if (keptLength + length <= kept.length) {
            return;
        }
        long recent = Math.max(keptFrom, keptFrom + keptLength - BEHIND);
        int dropped = (int) ((held == NOTHING_HELD ? recent : Math.min(held, recent)) - keptFrom);
        int left = keptLength - dropped;
        byte[] target = left + length <= kept.length ? kept : new byte[Math.max(kept.length * 2, left + length)];
        System.arraycopy(kept, dropped, target, 0, left);
        kept = target;
        keptFrom += dropped;
        keptLength = left;
    }
}
