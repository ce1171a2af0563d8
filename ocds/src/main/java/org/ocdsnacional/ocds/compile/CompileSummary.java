package org.ocdsnacional.ocds.compile;

import org.ocdsnacional.ocds.merge.MergeWarning;
import org.ocdsnacional.ocds.read.ReadProblem;

import java.util.List;

/**
 * What a compile did.
 *
 * @param releases       releases read and compiled
 * @param records        records written (one per ocid)
 * @param withoutOcid    releases left out because they have no ocid
 * @param linkedReleases releases that records only link to, not fetched and so not compiled
 * @param problems       what could not be read as OCDS (the first few; see {@code problemCount})
 * @param problemCount   how many problems there were in all
 * @param warnings       what the merge worked around (the first few; see {@code warningCount})
 * @param warningCount   how many merge warnings there were in all
 * @param spilled        whether the releases were more than the memory budget and went through temporary files
 */
public record CompileSummary(long releases, long records, long withoutOcid, long linkedReleases,
                             List<ReadProblem> problems, long problemCount, List<MergeWarning> warnings,
                             long warningCount, boolean spilled) {

    public CompileSummary {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
