package org.ocdsnacional.harvester.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's shared fixtures ({@code ocds.shared.dir}, set by surefire, or {@code ../../shared}). Tests that
 * need them are skipped, with a message, where they are absent.
 */
public final class SharedFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedFixtures() {
    }

    public static Path sharedDir() {
        Path dir = Path.of(System.getProperty("ocds.shared.dir", "../../shared"));
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("fixtures")),
                "Shared fixtures not found at " + dir.toAbsolutePath()
                        + ": set -Docds.shared.dir to the shared folder to run this test");
        return dir;
    }

    /** The real Jalisco release packages (one file each), in name order. */
    public static List<Path> jaliscoPackageFiles() {
        Path dir = sharedDir().resolve("fixtures/real/mexico-jalisco/sample/releases");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real Jalisco release packages, parsed, in name order. */
    public static List<ObjectNode> jaliscoPackages() {
        return jaliscoPackageFiles().stream().map(SharedFixtures::read).toList();
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
