package org.ocdsnacional.ocds.validate;

/**
 * How much of a publication's issues a report keeps: memory stays bounded whatever the number of issues.
 *
 * @param keptIssues the first issues kept with their locations
 * @param maxGroups  distinct (type, path pattern) groups counted; issues of further groups are counted apart
 */
public record ReportLimits(int keptIssues, int maxGroups) {

    /** 1,000 issues and 5,000 groups. */
    public static final ReportLimits DEFAULTS = new ReportLimits(1_000, 5_000);
}
