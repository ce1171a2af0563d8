package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.ocdsnacional.ocds.summary.PublicationSummary;

import java.util.List;

/**
 * What validating a publication found: what was validated against, the issues (the first ones kept, all of them
 * counted and grouped) and the summary. Valid means no error; complete means nothing declared went unchecked. The command line prints it and the API shows it per harvest run.
 *
 * @param profiles        the schemas used (one per distinct version and extension set declared)
 * @param errors          issues of severity error
 * @param warnings        issues of severity warning
 * @param infos           issues of severity info
 * @param issues          the first issues found, with their locations
 * @param groups          all issues, grouped by type and path without array indexes, errors first
 * @param ungroupedIssues issues counted but in no group, because there were too many distinct groups
 * @param summary         what the publication contains
 */
public record ValidationReport(List<ProfileInfo> profiles, long errors, long warnings, long infos,
                               List<ValidationIssue> issues, List<IssueGroup> groups, long ungroupedIssues,
                               PublicationSummary summary) {

    public ValidationReport {
        profiles = List.copyOf(profiles);
        issues = List.copyOf(issues);
        groups = List.copyOf(groups);
    }

    /** Every issue counted. */
    @JsonProperty("issueCount")
    public long issueCount() {
        return errors + warnings + infos;
    }

    /** Whether no issue is an error. */
    @JsonProperty("valid")
    public boolean valid() {
        return errors == 0;
    }

    /**
     * Whether everything the data declares could be checked: false when a declared extension, or the schema of the
     * version, could not be had, so that the data was not validated against it ({@code extension.unavailable},
     * {@code schema.unavailable}).
     */
    @JsonProperty("complete")
    public boolean complete() {
        return groups.stream().noneMatch(group -> IssueTypes.NOT_CHECKED.contains(group.type()));
    }

    /** Whether some issues were counted but not kept in {@link #issues()}. */
    @JsonProperty("issuesTruncated")
    public boolean issuesTruncated() {
        return issueCount() > issues.size();
    }
}
