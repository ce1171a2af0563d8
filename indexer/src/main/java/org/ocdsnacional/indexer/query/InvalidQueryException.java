package org.ocdsnacional.indexer.query;

/** A query argument that cannot be used as given (a foreign cursor, a bad date); the message says which. */
public final class InvalidQueryException extends RuntimeException {

    private static final int SHOWN_LENGTH = 40;

    public InvalidQueryException(String message) {
        super(message);
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
