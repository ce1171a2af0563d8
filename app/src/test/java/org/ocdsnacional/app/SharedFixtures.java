package org.ocdsnacional.app;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (fixtures and the OCDS mirror), or skips the test with a clear message. */
final class SharedFixtures {

    private SharedFixtures() {
    }

    static Path root() {
        Path shared = Path.of(System.getProperty("ocds.shared.dir", "../../shared")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared.resolve("fixtures")),
                "Skipped: ../shared (real fixtures and the OCDS mirror) is not present at " + shared);
        return shared;
    }
}
