package org.ocdsnacional.ocds.validate;

/**
 * Where one issue of a group was found.
 *
 * @param ocid      the release's ocid (empty for a package issue)
 * @param releaseId the release's id (empty for a package issue)
 * @param path      the JSON pointer, with its array indexes
 * @param value     the offending value, truncated
 */
public record IssueExample(String ocid, String releaseId, String path, String value) {

    static IssueExample of(ValidationIssue issue) {
        return new IssueExample(issue.ocid(), issue.releaseId(), issue.path(), issue.value());
    }
}
