package org.ocdsnacional.ocds.compile;

import java.util.Optional;

/**
 * How to compile, as ocdskit's {@code compile --package} options say.
 *
 * @param versioned     whether each record also gets its versioned release
 * @param uri           the record package's {@code uri}; empty: an empty string, as ocdskit writes
 * @param publishedDate the record package's {@code publishedDate}
 * @param sortBudget    most bytes of releases held in memory while grouping them by ocid, before spilling to disk
 */
public record CompileOptions(boolean versioned, Optional<String> uri, String publishedDate, long sortBudget) {

    /** Releases held in memory while grouping, by default: 64 MiB. */
    public static final long DEFAULT_SORT_BUDGET = 64L << 20;

    public CompileOptions {
        if (sortBudget <= 0) {
            throw new IllegalArgumentException("sortBudget must be positive: " + sortBudget);
        }
    }
}
