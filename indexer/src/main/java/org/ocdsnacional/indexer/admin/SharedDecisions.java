package org.ocdsnacional.indexer.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an admin decided, as read at one moment.
 *
 * @param statuses        the statuses given to sources, by source id
 * @param reloadsAsked    how many registry reloads were asked for so far (grows with each; 0: none yet)
 * @param runsAsked       the runs asked for and not started yet
 * @param harvesters      the harvesting instances, by name, with when each last said it was alive
 */
public record SharedDecisions(Map<String, StatusDecision> statuses, long reloadsAsked, List<RunAsked> runsAsked,
                              Map<String, Instant> harvesters) {

    public SharedDecisions {
        statuses = Map.copyOf(statuses);
        runsAsked = List.copyOf(runsAsked);
        harvesters = Map.copyOf(harvesters);
    }

    /** Whether a harvesting instance said it was alive at {@code since} or later. */
    public boolean harvesterAliveSince(Instant since) {
        return harvesters.values().stream().anyMatch(seen -> !seen.isBefore(since));
    }
}
