package org.ocdsnacional.ocds.schema;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's shared reference material is ({@code ../shared}): the system property
 * {@code ocds.shared.dir} (set by surefire), else {@code ../../shared} from the module. Tests that need it
 * are skipped, with the reason, when it is absent.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** A path under the shared folder; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
                () -> "Shared fixtures not found at " + path + " (set -Docds.shared.dir=/path/to/shared)");
        return path;
    }

    /** The offline OCDS mirror, as a schema source. */
    public static MirrorSchemaSource mirror() {
        return MirrorSchemaSource.of(require("ocds-mirror"));
    }

    private static Path root() {
        String configured = System.getProperty("ocds.shared.dir");
        Path root = configured == null || configured.isBlank() ? Path.of("../../shared") : Path.of(configured);
        return root.toAbsolutePath().normalize();
    }
}
