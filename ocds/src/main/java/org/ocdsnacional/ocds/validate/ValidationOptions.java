package org.ocdsnacional.ocds.validate;

import java.util.Optional;

/**
 * How validation runs.
 *
 * @param schemaVersion        a version to validate against whatever packages declare ("1.0" or "1.1")
 * @param maxIssuesPerRelease  issues kept per release; more are counted, not kept
 */
public record ValidationOptions(Optional<String> schemaVersion, int maxIssuesPerRelease) {

    /** The versions packages declare, and 500 issues per release. */
    public static final ValidationOptions DEFAULTS = new ValidationOptions(Optional.empty(), 500);

    public ValidationOptions {
        if (maxIssuesPerRelease < 1) {
            throw new IllegalArgumentException("maxIssuesPerRelease must be at least 1: " + maxIssuesPerRelease);
        }
    }
}
