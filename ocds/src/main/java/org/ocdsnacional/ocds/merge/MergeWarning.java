package org.ocdsnacional.ocds.merge;

/**
 * Something in the releases that the merge worked around rather than failed on.
 *
 * @param kind      what happened
 * @param releaseId the {@code id} of the release concerned (empty when it has none or the warning is about all)
 * @param pointer   JSON pointer inside that release ({@code /awards/1}); empty for the release as a whole
 * @param message   for people: Spanish, then English
 */
public record MergeWarning(Kind kind, String releaseId, String pointer, String message) {

    /** The kinds of warning. */
    public enum Kind {
        /** A release without a (string) {@code date}: ordered before the dated ones. */
        UNDATED_RELEASE,
        /** Two or more releases share one {@code id}. */
        DUPLICATE_RELEASE_ID,
        /** Releases of more than one {@code ocid} were merged together. */
        MIXED_OCIDS,
        /** Objects with the same {@code id} in one array of one release: merged into one object. */
        DUPLICATE_OBJECT_ID,
        /** A field is an object or list in one release and a value of another type in another. */
        INCONSISTENT_TYPE
    }

    @Override
    public String toString() {
        return kind + " " + releaseId + pointer + ": " + message;
    }
}
