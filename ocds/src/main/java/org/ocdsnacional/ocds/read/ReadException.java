package org.ocdsnacional.ocds.read;

/** The input could not be read any further (malformed JSON, truncated file, unreadable archive). */
public final class ReadException extends Exception {

    private final String origin;
    private final long offset;
    private final String reason;

    public ReadException(String origin, long offset, String message, Throwable cause) {
        super(message + " (" + origin + (offset >= 0 ? ", byte " + offset : "") + ")", cause);
        this.origin = origin;
        this.offset = offset;
        this.reason = message;
    }

    /** What went wrong, Spanish / English, without the origin and offset. */
    public String reason() {
        return reason;
    }

    public String origin() {
        return origin;
    }

    /** Byte offset where reading stopped (character offset for input decoded as text); -1 when unknown. */
    public long offset() {
        return offset;
    }
}
