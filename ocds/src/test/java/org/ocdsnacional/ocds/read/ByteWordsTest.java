package org.ocdsnacional.ocds.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Looking at eight bytes at a time finds what looking at one at a time finds. */
class ByteWordsTest {

    @Test
    void findsTheFirstQuoteOrBackslashWhereverItIs() {
        for (int length = 0; length <= 24; length++) {
            for (int at = 0; at <= length; at++) {
                for (byte special : new byte[] {'"', '\\'}) {
                    byte[] bytes = filler(length);
                    if (at < length) {
                        bytes[at] = special;
                    }
                    for (int from = 0; from <= Math.min(at, length); from++) {
                        assertEquals(at, ByteWords.quoteOrBackslash(bytes, from, bytes.length), "length " + length + " at " + at);
                    }
                }
            }
        }
    }

    @Test
    void bytesAboveAsciiAreNeverTakenForAQuote() {
        byte[] bytes = "ñ\u00a2\u00dc\u00a2Ü\"".getBytes(StandardCharsets.UTF_8);

        assertEquals(bytes.length - 1, ByteWords.quoteOrBackslash(bytes, 0, bytes.length));
    }

    @Test
    void equalRunsAreSameAndHashAlikeWhereverTheyLie() {
        for (int length = 0; length <= 20; length++) {
            byte[] run = Arrays.copyOf(filler(length + 3), length);
            byte[] inside = new byte[length + 5];
            System.arraycopy(run, 0, inside, 3, length);
            byte[] kept = new byte[length + 2];
            System.arraycopy(run, 0, kept, 2, length);

            assertTrue(ByteWords.same(kept, 2, inside, 3, 3 + length));
            assertEquals(ByteWords.hash(run, 0, length), ByteWords.hash(inside, 3, 3 + length));
            if (length > 0) {
                inside[3 + length - 1] ^= 1;
                assertFalse(ByteWords.same(kept, 2, inside, 3, 3 + length), "last byte differs, length " + length);
            }
        }
    }

    private static byte[] filler(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' + i % 26 : 0xc3);
        }
        return bytes;
    }
}
