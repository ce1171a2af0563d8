package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A compiled or versioned release, and what the merge had to work around to build it.
 *
 * @param release  the merged release
 * @param warnings the warnings, in the order met; empty when the releases merged cleanly
 */
public record MergeResult(ObjectNode release, List<MergeWarning> warnings) {

    public MergeResult {
        warnings = List.copyOf(warnings);
    }
}
