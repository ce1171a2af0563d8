package org.ocdsnacional.ocds.read;

import java.io.IOException;

/**
 * A ZIP or GZIP that unpacks to more than allowed, or a ZIP of too many entries (a zip or gzip bomb, most likely):
 * the reading stops there, after what came before was handed over. The message is Spanish / English.
 */
public final class UnpackLimitException extends IOException {

    /** Which limit the container passed. */
    public enum Limit { UNPACKED_BYTES, ENTRIES }

    private final Limit limit;

    private UnpackLimitException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    static UnpackLimitException unpackedBytes(long max) {
        return new UnpackLimitException(Limit.UNPACKED_BYTES, "El contenido descomprimido supera " + max
                + " bytes / The unpacked content exceeds " + max + " bytes");
    }

    static UnpackLimitException entries(int max) {
        return new UnpackLimitException(Limit.ENTRIES, "El ZIP tiene más de " + max + " entradas / The ZIP has more "
                + "than " + max + " entries");
    }

    public Limit limit() {
        return limit;
    }
}
