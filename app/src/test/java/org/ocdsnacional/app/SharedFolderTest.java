package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code conformance} and {@code lib-cove} find the shared folder beside the application's folder, whatever the
 * current directory ({@code ../shared} from it used to be looked for relative to where the command was typed).
 */
class SharedFolderTest {

    @TempDir
    Path dir;

    @Test
    void besideTheCheckoutTheLauncherRunsFrom() throws IOException {
        Path jar = Files.createDirectories(dir.resolve("ocds-nacional/app/target")).resolve("ocds-nacional.jar");
        Files.createFile(jar);
        Path shared = Files.createDirectories(dir.resolve("shared/fixtures/peer-tests")).getParent().getParent();

        assertEquals(shared, SharedFolder.besideApplication(jar));
        assertEquals(shared, SharedFolder.besideApplication(jar.resolveSibling("classes")));
    }

    @Test
    void besideAnInstalledJarsFolder() throws IOException {
        Path jar = Files.createDirectories(dir.resolve("opt/ocds-nacional")).resolve("ocds-nacional.jar");
        Files.createFile(jar);
        Path shared = Files.createDirectories(dir.resolve("opt/shared/fixtures/peer-tests")).getParent().getParent();

        assertEquals(shared, SharedFolder.besideApplication(jar));
    }

    @Test
    void itIsLookedForBesideTheApplicationOnlyNotInTheFoldersAbove() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("a/ocds-nacional/app/target/classes"));
        Files.createDirectories(dir.resolve("shared/fixtures/peer-tests"));

        assertEquals(dir.resolve("a/shared"), SharedFolder.besideApplication(classes));
    }

    @Test
    void theCommandsFindItFromTheApplicationNotFromTheCurrentDirectory() {
        Path expected = SharedFixtures.root();
        String configured = System.clearProperty(SharedFolder.PROPERTY);
        try {
            assertEquals(expected, SharedFolder.locate().toAbsolutePath().normalize());
            assertTrue(!Files.isDirectory(Path.of("../shared").resolve("fixtures/peer-tests")),
                    "the current directory (" + Path.of("").toAbsolutePath() + ") has no ../shared of its own");
            StringWriter libCove = new StringWriter();
            int libCoveStatus = Main.commandLine().setOut(new PrintWriter(libCove)).execute("lib-cove");
            assertEquals(0, libCoveStatus, libCove.toString());
            assertEquals(ConformanceCommand.SOME_NOT_RUN, conformance(), "found, and all that ran passed");
        } finally {
            if (configured != null) {
                System.setProperty(SharedFolder.PROPERTY, configured);
            }
        }
    }

    private static int conformance() {
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            return Main.commandLine().execute("conformance");
        } finally {
            System.setOut(original);
        }
    }
}
