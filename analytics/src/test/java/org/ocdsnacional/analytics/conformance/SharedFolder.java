package org.ocdsnacional.analytics.conformance;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared folder of fixtures: the system property {@code ocds.shared.dir} (surefire sets it), else
 * {@code ../../shared}. A test that needs a part of it that is absent is skipped, saying where it looked.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    /** The shared folder, after checking that {@code relative} exists in it (else the test is skipped). */
    public static Path with(String relative) {
        String configured = System.getProperty("ocds.shared.dir");
        Path root = Path.of(configured == null || configured.isBlank() ? "../../shared" : configured)
                .toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.exists(root.resolve(relative)), () -> "Skipped: Cardinal's cases not found at "
                + root.resolve(relative) + " (set -Docds.shared.dir=/path/to/shared)");
        return root;
    }
}
