package org.ocdsnacional.web.publishers;

import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.process.Fact;

import java.util.List;
import java.util.Optional;

/**
 * What {@code /publicadores/{id}} shows.
 *
 * @param ctx          the page context
 * @param source       its row of the list (status, schedule, last run…)
 * @param facts        its registry facts: protocol, level, kind
 * @param retired      whether it is retired (never fetched again; its data stays searchable)
 * @param searchUrl    the search of its processes
 * @param runs         a page of its runs, newest first
 * @param olderRuns    the page of older runs
 * @param report       the validation of its latest validated run: totals and publication summary
 * @param reportRun    which run that is
 * @param groups       that run's issue groups, errors first, the largest first
 * @param groupsTotal  how many groups, formatted
 * @param moreGroups   the next page of groups
 * @param previousGroups the previous page of groups
 */
public record SourcePage(PageContext ctx, SourceRow source, List<Fact> facts, boolean retired, String searchUrl,
                         List<RunView> runs, Optional<String> olderRuns, List<Fact> report,
                         Optional<String> reportRun, List<IssueGroupView> groups, String groupsTotal,
                         Optional<String> moreGroups, Optional<String> previousGroups) {
}
