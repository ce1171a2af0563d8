package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.UnpackLimitException;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;

/**
 * The run's error for a fetched body that the ocds reader could not read, as a document or as a page, in the words
 * publishers read (Spanish / English): too large once unpacked, an archive or compressed stream that cannot be
 * unpacked, JSON that is not valid at a byte; the ZIP entry named when the problem is inside one.
 */
final class ReadErrors {

    private ReadErrors() {
    }

    /** Malformed or truncated JSON, compressed data that breaks off, or an archive of several pages. */
    static RunError unreadable(Fetched body, ReadException e) {
        if (e.getCause() instanceof ZipException || e.getCause() instanceof EOFException) {
            return at(body, e.origin(), notUnpacked(e.getCause()));
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            String what = body.authenticated() ? "" : ": " + json.getOriginalMessage();
            return at(body, e.origin(), "La respuesta no es JSON válido / The response is not valid JSON" + what
                    + atByte(e.offset()));
        }
        return at(body, e.origin(), body.authenticated() ? "La respuesta no se pudo leer / The response could not "
                + "be read" + atByte(e.offset()) : e.reason());
    }

    /** Where reading stopped, when it is known. */
    private static String atByte(long offset) {
        return offset >= 0 ? " (byte " + offset + ")" : "";
    }

    /** A body that unpacks to too much, or cannot be opened at all. */
    static RunError unopened(Fetched body, IOException e) {
        if (e instanceof UnpackLimitException limit) {
            return at(body, "", tooLarge(limit));
        }
        if (e instanceof ZipException) {
            return at(body, "", notUnpacked(e));
        }
        return at(body, "", "No se pudo leer la respuesta / Could not read the response: " + e);
    }

    /** An error at {@code origin}: the body itself, or an entry of it ({@code url!/entry}, named). */
    static RunError at(Fetched body, String origin, String reason) {
        String entry = entry(body, origin);
        String where = entry.isEmpty() ? "" : "«" + entry + "»: ";
        return new RunError(body.url().toString(), body.status(), where + reason);
    }

    private static String tooLarge(UnpackLimitException e) {
        return e.limit() == UnpackLimitException.Limit.UNPACKED_BYTES
                ? e.getMessage() + " (http.maxUnpackedBytes)"
                : e.getMessage();
    }

    private static String notUnpacked(Throwable e) {
        return "No se pudo desempacar la respuesta / Could not unpack the response: " + e.getMessage();
    }

    /** The ZIP entry that {@code origin} names ({@code url!/entry}); empty for the body itself. */
    private static String entry(Fetched body, String origin) {
        String archive = body.url() + "!/";
        return origin.startsWith(archive) ? origin.substring(archive.length()) : "";
    }
}
