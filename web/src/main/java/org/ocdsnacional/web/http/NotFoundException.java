package org.ocdsnacional.web.http;

/** What the address names does not exist (a process, an organization, a publisher): a 404 page. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
