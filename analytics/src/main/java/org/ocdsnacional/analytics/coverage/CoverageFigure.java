package org.ocdsnacional.analytics.coverage;

/**
 * The coverage of one field.
 *
 * @param field      the field
 * @param present    processes that have it
 * @param applicable processes it applies to
 */
public record CoverageFigure(CoverageField field, long present, long applicable) {

    /** The share (0 to 1) of the processes it applies to that have it; 0 when it applies to none. */
    public double share() {
        return applicable == 0 ? 0.0 : (double) present / applicable;
    }
}
