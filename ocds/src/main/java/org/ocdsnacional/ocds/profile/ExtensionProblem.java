package org.ocdsnacional.ocds.profile;

/**
 * Something wrong with one declared extension.
 *
 * @param kind   what went wrong
 * @param detail the specifics (a reason, a codelist, a code, a definition), in English, for the messages
 */
public record ExtensionProblem(Kind kind, String detail) {

    /** What can go wrong; the first ones make the extension unusable (it is skipped). */
    public enum Kind {
        /** The URL's scheme is not http or https. */
        UNSUPPORTED_SCHEME(true),
        /** The URL does not name an {@code extension.json}, so its other files cannot be found. */
        NOT_AN_EXTENSION_URL(true),
        /** The server answered that the extension.json does not exist (HTTP 404/410). */
        NOT_FOUND(true),
        /** The extension.json could not be downloaded (network, timeout, not in the offline mirror). */
        UNREACHABLE(true),
        /** The extension.json is not a JSON object. */
        INVALID_METADATA(true),
        /** The release-schema.json exists but could not be downloaded. */
        PATCH_UNREADABLE(true),
        /** The release-schema.json is not a JSON object. */
        INVALID_PATCH(true),
        /** The patch refers ({@code $ref}) to a definition that exists nowhere. */
        BROKEN_REF(true),
        /** A codelist file of the extension could not be downloaded; the others still apply. */
        CODELIST_UNREADABLE(false),
        /** A codelist file has no Code (or Código) column. */
        CODELIST_WITHOUT_CODES(false),
        /** A {@code +x.csv} or {@code -x.csv} patches a codelist that does not exist. */
        CODELIST_PATCHES_UNKNOWN(false),
        /** A {@code -x.csv} removes a code that the codelist does not have. */
        CODE_TO_REMOVE_ABSENT(false),
        /** The patch adds a definition that no field refers to (often a misspelt or misplaced name). */
        UNUSED_DEFINITION(false);

        private final boolean fatal;

        Kind(boolean fatal) {
            this.fatal = fatal;
        }

        /** Whether the extension is skipped because of it. */
        public boolean fatal() {
            return fatal;
        }
    }
}
