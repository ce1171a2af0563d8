package org.ocdsnacional.ocds.read;

/** The data is JSON but no OCDS shape: {@code top-level JSON value is a number}, {@code ... a non-OCDS object}. */
public final class UnknownFormatException extends Exception {

    public UnknownFormatException(String reason) {
        super(reason);
    }
}
