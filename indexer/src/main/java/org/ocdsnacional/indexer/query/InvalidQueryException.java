package org.ocdsnacional.indexer.query;

/**
 * A query argument that cannot be used as given (a foreign cursor, a bad date); the message says which, and the
 * code names the kind of mistake for programs ({@value #BAD_USER_INPUT} unless said otherwise).
 */
public final class InvalidQueryException extends RuntimeException {

    /** An argument to fix. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /** A cursor used after its lifetime: start again from the first page. */
    public static final String CURSOR_EXPIRED = "CURSOR_EXPIRED";

    private static final int SHOWN_LENGTH = 40;

    private final String code;

    public InvalidQueryException(String message) {
        this(BAD_USER_INPUT, message);
    }

    private InvalidQueryException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A cursor that can no longer be followed: its point in time is gone, or it is older than its lifetime. */
    public static InvalidQueryException cursorExpired(String message) {
        return new InvalidQueryException(CURSOR_EXPIRED, message);
    }

    /** The kind of mistake, as the API's error {@code code}. */
    public String code() {
        return code;
    }

    /** A value as a message shows it: between «», on one line, at most {@value #SHOWN_LENGTH} characters. */
    public static String shown(String value) {
        String line = value.replaceAll("\\p{Cntrl}", "?");
        return "«" + (line.length() > SHOWN_LENGTH ? line.substring(0, SHOWN_LENGTH) + "…" : line) + "»";
    }

    /** A refusal is an answer to the client, not a failure: it carries no stack trace. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
