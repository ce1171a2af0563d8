package org.ocdsnacional.harvester.http;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A URL that could not be fetched: the URL, the HTTP status when there was a response, why, and whether trying
 * again may help. The reason is public (a publisher reads it in its run); the detail says a little more, for the
 * operator's log. Both, and the message, are {@link Redaction redacted}: none holds a credential.
 */
public final class FetchException extends Exception {

    /** What kind of failure. */
    public enum Kind {
        /** The server answered with a status that is not success. */
        STATUS,
        /** No usable answer: unreachable, reset, timed out, cut short. */
        NETWORK,
        /** The harvester refused: too large, a redirect loop, a private address, an unsupported URL. */
        REFUSED
    }

    private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 500, 502, 503, 504, 522, 524);

    private final URI url;
    private final Kind kind;
    private final Integer status;
    private final String reason;
    private final String detail;
    private final Duration retryAfter;

    private FetchException(URI url, Kind kind, Integer status, String reason, String detail, Duration retryAfter,
                           Throwable cause) {
        super(Redaction.text(reason) + " (" + Redaction.url(url) + ")", cause);
        this.url = url;
        this.kind = kind;
        this.status = status;
        this.reason = Redaction.text(reason);
        this.detail = Redaction.text(detail);
        this.retryAfter = retryAfter;
    }

    /** No usable response: the reason says why (unreachable host, timeout, body cut short...). */
    public static FetchException of(URI url, String reason, Throwable cause) {
        return new FetchException(url, Kind.NETWORK, null, reason, "", null, cause);
    }

    /** A response with a status that is not success. */
    public static FetchException status(URI url, int status, String reason) {
        return new FetchException(url, Kind.STATUS, status, reason, "", null, null);
    }

    /**
     * A response with a status that is not success, a {@code Retry-After} the server asked for, and what the
     * operator's log may say besides the reason.
     */
    static FetchException status(URI url, int status, String reason, String detail, Optional<Duration> retryAfter) {
        return new FetchException(url, Kind.STATUS, status, reason, detail, retryAfter.orElse(null), null);
    }

    /** Something the harvester will not do, whatever the server would answer. */
    public static FetchException refused(URI url, String reason) {
        return new FetchException(url, Kind.REFUSED, null, reason, "", null, null);
    }

    /** The same failure after {@code attempts} attempts, so the reason says so. */
    FetchException after(int attempts) {
        String more = reason + " (tras " + attempts + " intentos / after " + attempts + " attempts)";
        return new FetchException(url, kind, status, more, detail, retryAfter, this);
    }

    public URI url() {
        return url;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    /** How long the server asked us to wait ({@code Retry-After}), if it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Whether the same request may succeed later: I/O errors, 408, 429 and 5xx gateway-style statuses. */
    public boolean retryable() {
        return kind == Kind.NETWORK || (kind == Kind.STATUS && RETRYABLE_STATUS.contains(status));
    }

    /** Readable by a publisher: Spanish first, English beside it. */
    public String reason() {
        return reason;
    }

    /** What the operator's log says besides the reason (e.g. the start of an error body); may be empty. */
    public String detail() {
        return detail;
    }
}
