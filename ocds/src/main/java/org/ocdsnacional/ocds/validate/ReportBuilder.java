package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.summary.SummaryBuilder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects issues, profiles and the summary into a {@link ValidationReport}. Not thread-safe. */
final class ReportBuilder {

    private final IssueAggregator issues;
    private final SummaryBuilder summary = SummaryBuilder.create();
    private final Map<String, ProfileInfo> profiles = new LinkedHashMap<>();

    ReportBuilder(ReportLimits limits) {
        this.issues = IssueAggregator.create(limits.keptIssues(), limits.maxGroups());
    }

    void issues(List<ValidationIssue> found) {
        issues.addAll(found);
    }

    void profile(ProfileInfo profile) {
        profiles.putIfAbsent(profile.version() + " " + profile.extensions(), profile);
    }

    SummaryBuilder summary() {
        return summary;
    }

    ValidationReport build() {
        return new ValidationReport(List.copyOf(profiles.values()), issues.count(Severity.ERROR),
                issues.count(Severity.WARNING), issues.count(Severity.INFO), issues.kept(), issues.groups(),
                issues.ungrouped(), summary.build());
    }
}
