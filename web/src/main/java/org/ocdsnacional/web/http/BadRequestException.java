package org.ocdsnacional.web.http;

/** A parameter the portal cannot use as given: answered with a 400 page that says which and why. */
public final class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
