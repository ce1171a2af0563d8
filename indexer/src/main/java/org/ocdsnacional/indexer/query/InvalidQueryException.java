package org.ocdsnacional.indexer.query;

/** A query argument that cannot be used as given (a foreign cursor, a bad date); the message says which. */
public final class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
