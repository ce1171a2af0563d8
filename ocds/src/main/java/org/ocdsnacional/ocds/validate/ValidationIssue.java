package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One problem found in one release (or in the package that carried it), precise enough for a publisher to fix.
 *
 * @param severity  error, warning or info
 * @param type      stable machine code, e.g. {@code schema.required}, {@code codelist.closed}, {@code mx.rfc_invalid}
 * @param path      JSON pointer of the offending value: inside the release ({@code /tender/value/amount}) for
 *                  release issues, inside the package ({@code /publisher/name}) for package issues; for a
 *                  missing required field, the pointer the field should have
 * @param field     the field concerned (last path segment, or the missing property)
 * @param value     the offending value as text, truncated; empty when the value is missing
 * @param message   the message, in Spanish (shown first to publishers) and in English; see {@link #messageEs()}
 * @param ocid      the ocid of the release; empty for package issues
 * @param releaseId the id of the release; empty for package issues
 * @param details   machine-readable facts about the issue, e.g. {@code codelist}, {@code expected},
 *                  {@code assumption} (how a record's releases were read), {@code deprecatedIn}; kept in the order
 *                  of their names
 */
@JsonPropertyOrder({"severity", "type", "path", "field", "value", "messageEs", "messageEn", "ocid", "releaseId",
        "details"})
public record ValidationIssue(Severity severity, String type, String path, String field, String value,
                              @JsonIgnore IssueMessage message, String ocid, String releaseId,
                              Map<String, String> details) {

    static final int MAX_VALUE_LENGTH = 200;

    public ValidationIssue {
        value = truncate(value);
        // In the order of their names: Map.copyOf's order changes from one run of the JVM to the next, and so would
        // the JSON report of the same data.
        details = Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(details)));
    }

    /** An issue with its messages written out. */
    public ValidationIssue(Severity severity, String type, String path, String field, String value,
                           String messageEs, String messageEn, String ocid, String releaseId,
                           Map<String, String> details) {
        this(severity, type, path, field, value, IssueMessage.of(messageEs, messageEn), ocid, releaseId, details);
    }

    /** An issue with its messages written out, without details. */
    public ValidationIssue(Severity severity, String type, String path, String field, String value,
                           String messageEs, String messageEn, String ocid, String releaseId) {
        this(severity, type, path, field, value, messageEs, messageEn, ocid, releaseId, Map.of());
    }

    /** The message in Spanish (shown first to publishers). */
    @JsonProperty("messageEs")
    public String messageEs() {
        return message.es();
    }

    /** The same message in English. */
    @JsonProperty("messageEn")
    public String messageEn() {
        return message.en();
    }

    /** The path with array indexes removed, for grouping identical issues: {@code /awards/items/id}. */
    public String pathPattern() {
        return JsonPointers.withoutIndexes(path);
    }

    /** This issue with {@code prefix} put before its path ({@code /releases/3} + {@code /tender/id}). */
    public ValidationIssue under(String prefix) {
        return new ValidationIssue(severity, type, prefix + path, field, value, message, ocid, releaseId, details);
    }

    private static String truncate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
