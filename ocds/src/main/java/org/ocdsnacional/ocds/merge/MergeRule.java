package org.ocdsnacional.ocds.merge;

/** How a field of a release is merged into the compiled or versioned release. */
enum MergeRule {
    /** Objects merged field by field; arrays of objects merged by {@code id}; other values replaced. */
    DEFAULT,
    /** The field is left out of the merged release ({@code omitWhenMerged}; 1.0: {@code ocdsOmit}). */
    OMIT,
    /** The array is replaced whole ({@code wholeListMerge}, 1.0 {@code ocdsVersion}, arrays of non-objects, objects without {@code id}). */
    WHOLE_LIST
}
