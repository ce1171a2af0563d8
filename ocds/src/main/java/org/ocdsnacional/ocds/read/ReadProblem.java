package org.ocdsnacional.ocds.read;

/**
 * A part of the input that was skipped (or, for a warning, read in a way worth knowing), and where it is.
 *
 * @param origin  the file or URL being read; {@code file.zip!/entry.json} for an entry of an archive
 * @param offset  byte offset of the part (character offset when the input had to be decoded as text); -1 if unknown
 * @param pointer JSON pointer of the part within its top-level value ({@code /releases/3}); empty for the value itself
 * @param message what happened, Spanish then English, for run records and the people who read them
 */
public record ReadProblem(String origin, long offset, String pointer, String message) {

    /** A problem located by offset only. */
    public ReadProblem(String origin, long offset, String message) {
        this(origin, offset, "", message);
    }
}
