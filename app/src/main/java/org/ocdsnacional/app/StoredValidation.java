package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.indexer.issues.GroupPage;
import org.ocdsnacional.indexer.issues.IssueStore;
import org.ocdsnacional.indexer.issues.RunReport;
import org.ocdsnacional.indexer.issues.StoredGroup;
import org.ocdsnacional.ocds.summary.PublicationSummary;
import org.ocdsnacional.ocds.validate.IssueExample;
import org.ocdsnacional.ocds.validate.IssueGroup;
import org.ocdsnacional.ocds.validate.ProfileInfo;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The validation report a harvest run stored (its own, or the one it carried forward when nothing changed), read
 * back whole, so that the command line prints it as {@code validate} prints its report.
 */
final class StoredValidation {

    private static final int PAGE = 500;

    private final IssueStore issues;
    private final ObjectMapper mapper;

    StoredValidation(IssueStore issues, ObjectMapper mapper) {
        this.issues = issues;
        this.mapper = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The report of run {@code runId}; empty when the run stored none (it failed before validating). */
    Optional<ValidationReport> of(String runId) {
        return issues.report(runId).map(report -> new ValidationReport(read(report.profiles(), ProfileInfo[].class),
                report.errors(), report.warnings(), report.infos(), List.of(), groups(runId),
                report.ungroupedIssues(), mapper.convertValue(report.summary(), PublicationSummary.class)));
    }

    private List<IssueGroup> groups(String runId) {
        List<IssueGroup> groups = new ArrayList<>();
        GroupPage page;
        do {
            page = issues.groups(runId, PAGE, groups.size(), Optional.empty());
            page.groups().forEach(group -> groups.add(group(group)));
        } while (page.hasNext() && !page.groups().isEmpty());
        return groups;
    }

    private IssueGroup group(StoredGroup stored) {
        return new IssueGroup(Severity.valueOf(stored.severity()), stored.type(), stored.pathPattern(),
                stored.field(), stored.count(), stored.messageEs(), stored.messageEn(),
                read(stored.examples(), IssueExample[].class));
    }

    private <T> List<T> read(JsonNode json, Class<T[]> type) {
        try {
            return List.of(mapper.treeToValue(json, type));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored validation report could not be read back", e);
        }
    }
}
