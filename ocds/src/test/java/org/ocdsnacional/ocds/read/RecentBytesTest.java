package org.ocdsnacional.ocds.read;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bytes a parser passed can be copied out while held, however the reads fall. */
class RecentBytesTest {

    @Test
    void aHeldRunIsCopiedWholeAcrossManyReadsAndGrowths() throws IOException {
        byte[] data = data(3_000_000);
        RecentBytes in = new RecentBytes(new Trickle(data, 7_919));
        byte[] buffer = new byte[8_000];

        assertEquals(8_000, in.readNBytes(buffer, 0, 8_000));
        assertTrue(in.hold(5_000));
        in.readNBytes(2_000_000);

        assertArrayEquals(Arrays.copyOfRange(data, 5_000, 2_008_000), in.copy(5_000, 2_008_000));
        assertArrayEquals(Arrays.copyOfRange(data, 2_008_000, 2_016_000), in.readNBytes(8_000));
    }

    @Test
    void withNothingHeldOnlyRecentBytesAreKept() throws IOException {
        RecentBytes in = new RecentBytes(new Trickle(data(1_000_000), 8_000));

        in.readNBytes(900_000);

        assertFalse(in.hold(10), "long gone");
        assertTrue(in.hold(900_000 - 8_000), "the last read is always there");
        assertArrayEquals(Arrays.copyOfRange(data(1_000_000), 892_000, 900_000), in.copy(892_000, 900_000));
    }

    @Test
    void theEndOfTheInputIsTheEnd() throws IOException {
        RecentBytes in = new RecentBytes(new ByteArrayInputStream(data(10)));

        assertEquals(10, in.readAllBytes().length);
        assertEquals(-1, in.read());
    }

    private static byte[] data(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 31 + i / 256);
        }
        return data;
    }

    /** A stream that gives at most a few bytes per read, as sockets and archives do. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream in;
        private final int most;

        Trickle(byte[] data, int most) {
            this.in = new ByteArrayInputStream(data);
            this.most = most;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            return in.read(into, offset, Math.min(length, most));
        }
    }
}
