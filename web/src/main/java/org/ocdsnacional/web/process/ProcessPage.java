package org.ocdsnacional.web.process;

import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.search.Link;

import java.util.List;
import java.util.Optional;

/**
 * What {@code /proceso/{ocid}} shows.
 *
 * @param ctx         the page context
 * @param title       the process's title
 * @param ocid        its ocid
 * @param description its description
 * @param facts       the key facts: buyer, state, method, status, amounts, dates
 * @param timeline    its releases, oldest first
 * @param tender      its tender
 * @param awards      its awards
 * @param contracts   its contracts
 * @param parties     every party, linked to its organization
 * @param sources     the sources that published it
 * @param issues      validation issues of its releases
 * @param flags       the red flags it raises, with their evidence
 * @param downloads   its OCDS record package and release package
 * @param withdrawn   whether every source withdrew it (kept, and saying so)
 */
public record ProcessPage(PageContext ctx, String title, String ocid, String description, List<Fact> facts,
                          List<TimelineEntry> timeline, Optional<Stage> tender, List<Stage> awards,
                          List<Stage> contracts, List<Fact> parties, List<Link> sources, List<IssueLine> issues,
                          List<FlagLine> flags, List<Link> downloads, boolean withdrawn) {
}
