package org.ocdsnacional.ocds.validate;

/**
 * One problem found in one release, precise enough for a publisher to fix it.
 *
 * @param severity  error, warning or info
 * @param type      stable machine code, e.g. {@code schema.required} or {@code schema.enum}
 * @param path      JSON pointer of the offending value inside the release, e.g. {@code /tender/value/amount}
 * @param field     the field concerned (last path segment, or the missing property)
 * @param value     the offending value as text, truncated; empty when the value is missing
 * @param messageEs the message in Spanish (shown first to publishers)
 * @param messageEn the same message in English
 * @param ocid      the ocid of the release
 * @param releaseId the id of the release
 */
public record ValidationIssue(Severity severity, String type, String path, String field, String value,
                              String messageEs, String messageEn, String ocid, String releaseId) {

    static final int MAX_VALUE_LENGTH = 200;

    public ValidationIssue {
        value = truncate(value);
    }

    /** The path with array indexes removed, for grouping identical issues: {@code /awards/items/id}. */
    public String pathPattern() {
        return path.replaceAll("/\\d+(?=/|$)", "");
    }

    private static String truncate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
