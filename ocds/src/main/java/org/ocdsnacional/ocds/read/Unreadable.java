package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;

/** Why the bytes of a document could not be read any further, in words (Spanish / English) and position. */
final class Unreadable {

    private Unreadable() {
    }

    /** The exception that ends a reading of {@code origin}, whose parser started at byte {@code base}. */
    static ReadException exception(String origin, long base, IOException e) {
        return new ReadException(origin, offset(e, base), reason(e), e);
    }

    /** Malformed JSON, or a stream that broke off. */
    static String reason(IOException e) {
        return e instanceof JsonProcessingException json
                ? "JSON mal formado / Malformed JSON: " + json.getOriginalMessage()
                : "No se pudo leer / Could not read: " + e.getMessage();
    }

    /** Where the parser stopped: a byte offset (a character offset for text decoded as Latin-1); -1 if unknown. */
    static long offset(IOException e, long base) {
        if (!(e instanceof JsonProcessingException json) || json.getLocation() == null) {
            return -1;
        }
        JsonLocation where = json.getLocation();
        return base + (where.getByteOffset() >= 0 ? where.getByteOffset() : where.getCharOffset());
    }
}
