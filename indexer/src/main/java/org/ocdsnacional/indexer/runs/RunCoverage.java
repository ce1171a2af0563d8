package org.ocdsnacional.indexer.runs;

import org.ocdsnacional.analytics.coverage.CoverageFigure;

import java.util.List;

/**
 * What a source's processes give of the fields that matter, when one of its runs ended: for each field, how many
 * have it among those it applies to ({@code PublisherCoverage}'s figures, counted over the index).
 *
 * @param processes the processes the source publishes (those it withdrew left out)
 * @param figures   one per field, in the order of {@code CoverageField}
 */
public record RunCoverage(long processes, List<CoverageFigure> figures) {

    public RunCoverage {
        figures = List.copyOf(figures);
    }
}
