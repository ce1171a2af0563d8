package org.ocdsnacional.ocds.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The input of a parser that keeps what it handed over, so that the bytes of a value the parser has just passed
 * can be copied out: everything from a held offset on, and always the last {@value #BEHIND} bytes handed over
 * (more than the parser's buffer, so the token the parser is at is still there). It can also read ahead of the
 * parser, so that the end of a value can be looked for in the bytes themselves, and then hand over from there on.
 * Memory is one value plus a few reads.
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
    private long handed;
    private long held = NOTHING_HELD;

    RecentBytes(InputStream in) {
        this.in = in;
    }

    /** Keeps every byte from {@code offset} on until {@link #copy}; false if that byte is gone already. */
    boolean hold(long offset) {
        if (offset < keptFrom || offset > keptEnd()) {
            return false;
        }
        held = offset;
        return true;
    }

    /** The bytes from {@code from} to {@code to} (exclusive), which must have been held; lets them go. */
    byte[] copy(long from, long to) {
        if (from < keptFrom || to > keptEnd() || from > to) {
            throw new IllegalArgumentException("Bytes " + from + ".." + to + " are not kept (" + keptFrom + ".."
                    + keptEnd() + ")");
        }
        held = NOTHING_HELD;
        return Arrays.copyOfRange(kept, index(from), index(to));
    }

    /**
     * Reads ahead of the parser until the byte at {@code offset} is kept, if the input is that long: false if it
     * ends before. Moves the kept bytes: {@link #bytes} and {@link #index} are to be asked again afterwards.
     */
    boolean readAhead(long offset) throws IOException {
        while (keptEnd() <= offset) {
            if (!fill((int) Math.min(Math.max(offset + 1 - keptEnd(), 1 << 16), Integer.MAX_VALUE >> 1))) {
                return false;
            }
        }
        return true;
    }

    /** The array of the kept bytes, valid until the next read; see {@link #index}. */
    byte[] bytes() {
        return kept;
    }

    /** Where the byte at {@code offset}, which is kept, lies in {@link #bytes}. */
    int index(long offset) {
        return (int) (offset - keptFrom);
    }

    /** The offset after the last byte kept. */
    long keptEnd() {
        return keptFrom + keptLength;
    }

    /** The next byte handed over is the one at {@code offset} (read ahead, and not before the next one due). */
    void handOverFrom(long offset) {
        if (offset < handed || offset > keptEnd()) {
            throw new IllegalArgumentException("Cannot hand over from " + offset + " (next " + handed + ", kept to "
                    + keptEnd() + ")");
        }
        handed = offset;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (handed == keptEnd() && !fill(length)) {
            return -1;
        }
        int count = (int) Math.min(length, keptEnd() - handed);
        System.arraycopy(kept, index(handed), into, offset, count);
        handed += count;
        return count;
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

    /** Reads up to {@code length} more bytes behind those kept; false at the end of the input. */
    private boolean fill(int length) throws IOException {
        makeRoom(length);
        int read = in.read(kept, keptLength, length);
        if (read < 0) {
            return false;
        }
        keptLength += read;
        return true;
    }

    /** Drops what is neither held nor recent, moves the rest to the front, grows if that is not enough. */
    private void makeRoom(int length) {
        if (keptLength + length <= kept.length) {
            return;
        }
        long recent = Math.max(keptFrom, handed - BEHIND);
        int dropped = index(held == NOTHING_HELD ? recent : Math.min(held, recent));
        int left = keptLength - dropped;
        byte[] target = left + length <= kept.length ? kept : new byte[Math.max(kept.length * 2, left + length)];
        System.arraycopy(kept, dropped, target, 0, left);
        kept = target;
        keptFrom += dropped;
        keptLength = left;
    }
}
