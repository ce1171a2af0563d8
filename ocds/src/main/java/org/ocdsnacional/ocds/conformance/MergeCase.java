package org.ocdsnacional.ocds.conformance;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

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
public record MergeCase(String name, Kind kind, Path releases, Path expected, MergeSchema schema) {

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

    /** {@code 1.1/null (versioned, 1__1__5)}. */
    public String label() {
        return name + " (" + kind.name().toLowerCase(Locale.ROOT) + ", " + schema.label() + ")";
    }

    /** Why it cannot be run: its schema or its input is missing; empty when it can. */
    public Optional<String> notRunnable() {
        if (schema instanceof MergeSchema.Missing missing) {
            return Optional.of(missing.reason());
        }
        if (!releases.toFile().isFile()) {
            return Optional.of("input missing: " + releases.getFileName() + " (beside " + expected.getFileName() + ")");
        }
        return Optional.empty();
    }
}
