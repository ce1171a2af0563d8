package org.ocdsnacional.harvester.unpack;

/** A body that cannot be unpacked: a broken archive, or one that unpacks to more than allowed. */
public final class UnpackException extends Exception {

    public UnpackException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** Readable by a publisher: Spanish first, English beside it. */
    public String reason() {
        return getMessage();
    }
}
