package org.ocdsnacional.harvester.http;

import java.net.URI;
import java.util.Optional;

/** A URL that could not be fetched: the URL, the HTTP status when there was a response, and why. */
public final class FetchException extends Exception {

    private final URI url;
    private final Integer status;
    private final String reason;

    private FetchException(URI url, Integer status, String reason, Throwable cause) {
        super(reason + " (" + url + ")", cause);
        this.url = url;
        this.status = status;
        this.reason = reason;
    }

    /** No usable response: the reason says why (unreachable host, timeout, body too large...). */
    public static FetchException of(URI url, String reason, Throwable cause) {
        return new FetchException(url, null, reason, cause);
    }

    /** A response with a status that is not success. */
    public static FetchException status(URI url, int status, String reason) {
        return new FetchException(url, status, reason, null);
    }

    public URI url() {
        return url;
    }

    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    /** Readable by a publisher: Spanish first, English beside it. */
    public String reason() {
        return reason;
    }
}
