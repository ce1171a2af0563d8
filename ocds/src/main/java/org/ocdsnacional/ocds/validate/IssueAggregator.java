package org.ocdsnacional.ocds.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts issues by (type, path without array indexes), keeping a few examples of each, and the first
 * {@code keep} issues themselves. Memory is bounded: past {@code maxGroups} distinct groups, further groups are
 * only counted. Not thread-safe.
 */
public final class IssueAggregator {

    static final int EXAMPLES = 3;

    private final int keep;
    private final int maxGroups;
    private final Map<String, Group> groups = new HashMap<>();
    private final List<ValidationIssue> kept = new ArrayList<>();
    private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    private long total;
    private long ungrouped;

    private IssueAggregator(int keep, int maxGroups) {
        this.keep = keep;
        this.maxGroups = maxGroups;
    }

    /** An aggregator keeping {@code keep} issues and at most {@code maxGroups} groups. */
    public static IssueAggregator create(int keep, int maxGroups) {
        return new IssueAggregator(keep, maxGroups);
    }

    public void add(ValidationIssue issue) {
        total++;
        bySeverity.merge(issue.severity(), 1L, Long::sum);
        if (kept.size() < keep) {
            kept.add(issue);
        }
        String key = issue.type() + " " + issue.pathPattern();
        Group group = groups.get(key);
        if (group == null && groups.size() >= maxGroups) {
            ungrouped++;
            return;
        }
        if (group == null) {
            group = new Group(issue);
            groups.put(key, group);
        }
        group.add(issue);
    }

    public void addAll(List<ValidationIssue> issues) {
        issues.forEach(this::add);
    }

    /** Every issue counted. */
    public long total() {
        return total;
    }

    /** Issues counted per severity. */
    public long count(Severity severity) {
        return bySeverity.getOrDefault(severity, 0L);
    }

    /** The first issues, as many as this aggregator keeps. */
    public List<ValidationIssue> kept() {
        return List.copyOf(kept);
    }

    /** Issues counted in no group, because there were too many groups. */
    public long ungrouped() {
        return ungrouped;
    }

    /** The groups: errors first, then warnings, then infos; within each, the largest first. */
    public List<IssueGroup> groups() {
        return groups.values().stream()
                .map(Group::freeze)
                .sorted(Comparator.comparing(IssueGroup::severity).thenComparing(IssueGroup::count,
                        Comparator.reverseOrder()).thenComparing(IssueGroup::key))
                .toList();
    }

    /** One group as it fills. */
    private static final class Group {
        private final ValidationIssue first;
        private final List<IssueExample> examples = new ArrayList<>(EXAMPLES);
        private long count;

        Group(ValidationIssue first) {
            this.first = first;
        }

        void add(ValidationIssue issue) {
            count++;
            if (examples.size() < EXAMPLES) {
                examples.add(IssueExample.of(issue));
            }
        }

        IssueGroup freeze() {
            return new IssueGroup(first.severity(), first.type(), first.pathPattern(), first.field(), count,
                    first.messageEs(), first.messageEn(), examples);
        }
    }
}
