package org.ocdsnacional.ocds.pipeline;

/** Where a harvest run stands. */
public enum RunState {
    /** Still fetching. */
    RUNNING,
    /** Every request succeeded. */
    SUCCEEDED,
    /** Some data was harvested, but some requests or documents failed. */
    PARTIAL,
    /** Nothing usable was harvested; previously indexed data is untouched. */
    FAILED
}
