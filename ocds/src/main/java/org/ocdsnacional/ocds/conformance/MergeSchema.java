package org.ocdsnacional.ocds.conformance;

import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.nio.file.Path;

/** The release schema an ocds-merge case is merged with, as the peer's tests choose it, or why there is none. */
public sealed interface MergeSchema {

    /** How the case's name shows it: {@code 1__1__5}, {@code release-schema-1__1__4.json}. */
    String label();

    /** A schema file of the peer's fixtures ({@code schema.json}, {@code release-schema-1__1__4.json}). */
    record File(Path file) implements MergeSchema {
        @Override
        public String label() {
            return file.getFileName().toString();
        }
    }

    /** The release schema of a version of the standard, as shipped with the application (the latest patch). */
    record Shipped(OcdsVersion version) implements MergeSchema {
        @Override
        public String label() {
            return version.releaseSchemaUrl().getPath().split("/")[2];
        }
    }

    /** The schema the peer merges with is not there: the case cannot be run. */
    record Missing(String name, String reason) implements MergeSchema {
        @Override
        public String label() {
            return name;
        }
    }
}
