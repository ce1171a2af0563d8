package org.ocdsnacional.indexer.issues;

import java.util.List;

/**
 * A page of a run's issue groups.
 *
 * @param total  how many groups the run has (with the filter applied)
 * @param offset where this page starts
 * @param groups the groups of this page: errors first, then warnings, then infos; the largest first
 */
public record GroupPage(long total, int offset, List<StoredGroup> groups) {

    public GroupPage {
        groups = List.copyOf(groups);
    }

    /** Whether groups follow this page. */
    public boolean hasNext() {
        return offset + groups.size() < total;
    }
}
