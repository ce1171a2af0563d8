package org.ocdsnacional.ocds.conformance;

import java.nio.file.Path;

/**
 * One ocds-merge case: releases in, the expected compiled or versioned release out, and the release schema the
 * peer merges it with.
 *
 * @param name     {@code 1.1/null}, as folder and case name
 * @param kind     which merged release is expected
 * @param releases the JSON array of releases
 * @param expected the expected merged release
 * @param schema   the release schema to take the merge rules from
 */
public record MergeCase(String name, Kind kind, Path releases, Path expected, Path schema) {

    /** Compiled or versioned. */
    public enum Kind {
        COMPILED("-compiled.json"), VERSIONED("-versioned.json");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        String suffix() {
            return suffix;
        }
    }

    /** {@code 1.1/null (versioned)}. */
    public String label() {
        return name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
