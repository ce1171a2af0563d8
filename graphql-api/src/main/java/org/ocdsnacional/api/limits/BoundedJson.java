package org.ocdsnacional.api.limits;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an answer as JSON, stopping as soon as it passes the largest answer allowed: whatever made it large (the
 * values weighed by {@link ResponseWeight} aside), no more than that is ever held or sent.
 */
public final class BoundedJson {

    private BoundedJson() {
    }

    /** {@code answer} as JSON, or empty when it is more than {@code maxBytes}. */
    public static Optional<byte[]> write(ObjectMapper mapper, Object answer, long maxBytes) {
        Bounded out = new Bounded(maxBytes);
        try {
            mapper.writeValue(out, answer);
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            if (out.overflowed) {
                return Optional.empty();
            }
            throw new UncheckedIOException("Cannot write an answer", e);
        }
    }

    /** The error answered instead of an answer over {@code maxBytes}. */
    public static Map<String, Object> tooLarge(long maxBytes) {
        Map<String, Object> error = Map.of("message", ResponseWeight.tooLargeMessage(maxBytes),
                "extensions", Map.of("code", ResponseWeight.TOO_LARGE));
        return Map.of("errors", List.of(error));
    }

    /** Bytes in memory up to a limit; past it every write fails. */
    private static final class Bounded extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long maxBytes;
        private boolean overflowed;

        Bounded(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void write(int b) throws IOException {
            check(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check(len);
            bytes.write(b, off, len);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }

        private void check(int more) throws IOException {
            if (bytes.size() + (long) more > maxBytes) {
                overflowed = true;
                throw new IOException("The answer passed " + maxBytes + " bytes");
            }
        }
    }
}
