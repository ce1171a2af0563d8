package org.ocdsnacional.ocds.read;

/**
 * A part of the input that was skipped (or, for a warning, read in a way worth knowing), and where it is.
 *
 * @param origin  the file or URL being read; {@code file.zip!/entry.json} for an entry of an archive
 * @param offset  byte offset of the part (character offset when the input had to be decoded as text); -1 if unknown
 * @param pointer JSON pointer of the part within its top-level value ({@code /releases/3}); empty for the value itself
 * @param message what happened, Spanish then English, for run records and the people who read them
 * @param kind    what the part is
 */
public record ReadProblem(String origin, long offset, String pointer, String message, Kind kind) {

    /** What a skipped part is. */
    public enum Kind {
        /** Something that is not OCDS (a stray value, an object of no OCDS shape, an empty document...). */
        NOT_OCDS,
        /** An element of a package's or a record's {@code releases} that is not a JSON object: an invalid release. */
        RELEASE_NOT_AN_OBJECT,
        /** An element of a record package's {@code records} that is not a JSON object: an invalid record. */
        RECORD_NOT_AN_OBJECT
    }

    /** A part that is not OCDS. */
    public ReadProblem(String origin, long offset, String pointer, String message) {
        this(origin, offset, pointer, message, Kind.NOT_OCDS);
    }

    /** A part that is not OCDS, located by offset only. */
    public ReadProblem(String origin, long offset, String message) {
        this(origin, offset, "", message);
    }

    /** Whether it is an element of {@code releases} or {@code records} that is there but is not an object. */
    public boolean invalidReleaseOrRecord() {
        return kind != Kind.NOT_OCDS;
    }
}
