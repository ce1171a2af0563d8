package org.ocdsnacional.ocds.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Bytes looked at eight at a time: the end of a JSON string, the hash and the equality of short byte runs. */
final class ByteWords {

    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long CONTROLS = ONES * ' ';

    private ByteWords() {
    }

    /** The index of the first {@code "} or {@code \} in {@code in[from..to)}; {@code to} if there is none. */
    static int quoteOrBackslash(byte[] in, int from, int to) {
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long word = (long) WORD.get(in, i);
            long found = zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (in[i] == '"' || in[i] == '\\') {
                return i;
            }
        }
        return to;
    }

    /**
     * The index of the first {@code "}, {@code \} or control character (below 0x20, which JSON strings must
     * escape) in {@code in[from..to)}; {@code to} if there is none.
     */
    static int stringStop(byte[] in, int from, int to) {
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            long word = (long) WORD.get(in, i);
            long found = zeroBytes(word ^ QUOTES) | zeroBytes(word ^ BACKSLASHES) | below(word, CONTROLS);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (in[i] == '"' || in[i] == '\\' || (in[i] & 0xff) < ' ') {
                return i;
            }
        }
        return to;
    }

    /** A hash of {@code in[from..to)}. */
    static int hash(byte[] in, int from, int to) {
        int length = to - from;
        if (length < Long.BYTES) {
            int hash = length;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + in[i];
            }
            return hash;
        }
        long mixed = (long) WORD.get(in, from) * 0x9E3779B97F4A7C15L
                ^ (long) WORD.get(in, to - Long.BYTES) * 0xC2B2AE3D27D4EB4FL ^ length;
        return (int) (mixed ^ mixed >>> 32);
    }

    /** Whether the bytes of {@code kept} from {@code at} on are those of {@code in[from..to)}. */
    static boolean same(byte[] kept, int at, byte[] in, int from, int to) {
        int length = to - from;
        if (length < Long.BYTES) {
            for (int i = 0; i < length; i++) {
                if (kept[at + i] != in[from + i]) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < length - Long.BYTES; i += Long.BYTES) {
            if ((long) WORD.get(kept, at + i) != (long) WORD.get(in, from + i)) {
                return false;
            }
        }
        return (long) WORD.get(kept, at + length - Long.BYTES) == (long) WORD.get(in, to - Long.BYTES);
    }

    /**
     * The high bit set in each byte of {@code word} below the byte of {@code limits} (repeated), and maybe in bytes
     * above the lowest such one; for bytes below 0x80 only, which is what is asked of the lowest.
     */
    private static long below(long word, long limits) {
        return (word - limits) & ~word & HIGHS;
    }

    /** The high bit set in each byte of {@code word} that is zero, and maybe in bytes above the lowest such one. */
    private static long zeroBytes(long word) {
        return (word - ONES) & ~word & HIGHS;
    }
}
