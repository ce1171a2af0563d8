package org.ocdsnacional.ocds.validate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IssueAggregatorTest {

    @Test
    void groupsByTypeAndPathWithoutIndexesKeepingThreeExamples() {
        IssueAggregator aggregator = IssueAggregator.create(2, 10);
        for (int i = 0; i < 5; i++) {
            aggregator.add(issue(Severity.ERROR, "schema.required", "/awards/" + i + "/id", "ocds-abc123-" + i));
        }

        IssueGroup group = aggregator.groups().getFirst();
        assertEquals("/awards/id", group.pathPattern());
        assertEquals(5, group.count());
        assertEquals(List.of("/awards/0/id", "/awards/1/id", "/awards/2/id"),
                group.examples().stream().map(IssueExample::path).toList());
        assertEquals(2, aggregator.kept().size());
        assertEquals(5, aggregator.total());
    }

    @Test
    void errorsComeFirstThenTheLargestGroups() {
        IssueAggregator aggregator = IssueAggregator.create(0, 10);
        aggregator.add(issue(Severity.WARNING, "field.empty", "/a", ""));
        aggregator.add(issue(Severity.WARNING, "field.empty", "/b", ""));
        aggregator.add(issue(Severity.WARNING, "field.empty", "/b", ""));
        aggregator.add(issue(Severity.ERROR, "schema.type", "/c", ""));

        assertEquals(List.of("schema.type /c", "field.empty /b", "field.empty /a"),
                aggregator.groups().stream().map(IssueGroup::key).toList());
        assertEquals(1, aggregator.count(Severity.ERROR));
        assertEquals(3, aggregator.count(Severity.WARNING));
    }

    @Test
    void groupsBeyondTheCapAreCountedApart() {
        IssueAggregator aggregator = IssueAggregator.create(0, 2);
        for (String path : List.of("/a", "/b", "/c", "/c", "/a")) {
            aggregator.add(issue(Severity.WARNING, "field.empty", path, ""));
        }

        assertEquals(2, aggregator.groups().size());
        assertEquals(2, aggregator.ungrouped());
        assertEquals(5, aggregator.total());
    }

    private static ValidationIssue issue(Severity severity, String type, String path, String ocid) {
        return new ValidationIssue(severity, type, path, "", "", "es", "en", ocid, ocid + "-1");
    }
}
