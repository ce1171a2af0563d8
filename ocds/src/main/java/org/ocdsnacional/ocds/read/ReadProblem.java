package org.ocdsnacional.ocds.read;

/**
 * A part of the input that was skipped, and where it is.
 *
 * @param origin  the file or URL being read
 * @param offset  byte offset (or character offset for text input) of the skipped part
 * @param message what was wrong, in English, for logs and run records
 */
public record ReadProblem(String origin, long offset, String message) {
}
