package org.ocdsnacional.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared reference folder (peer test cases, the OCDS mirror) is when a command is not told: the system
 * property {@code ocds.shared.dir}, else the folder {@code shared} beside the application's folder (the checkout
 * that {@code bin/ocds-nacional} runs from, or the folder of an installed jar), found from where the application's
 * code is, whatever the current directory.
 */
final class SharedFolder {

    static final String PROPERTY = "ocds.shared.dir";
    private static final String NAME = "shared";

    private SharedFolder() {
    }

    /** The shared folder: the property if set, else beside the application (see {@link #besideApplication}). */
    static Path locate() {
        String configured = System.getProperty(PROPERTY, "");
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        return besideApplication(codeLocation());
    }

    /**
     * The folder {@code shared} beside the application's folder: beside the checkout for code built in it
     * ({@code <root>/app/target/ocds-nacional.jar} or {@code <root>/app/target/classes} → {@code <root>/../shared}),
     * else beside the folder of the jar ({@code /opt/ocds-nacional/ocds-nacional.jar} → {@code /opt/shared}).
     */
    static Path besideApplication(Path code) {
        Path folder = Files.isDirectory(code) ? code : code.toAbsolutePath().getParent();
        return checkoutRoot(folder).orElse(folder).resolveSibling(NAME);
    }

    /** {@code <root>} of a build output {@code <root>/app/target[/classes]}. */
    private static Optional<Path> checkoutRoot(Path folder) {
        Path target = folder.endsWith("classes") ? folder.getParent() : folder;
        return target != null && target.endsWith("app/target") ? Optional.of(target.getParent().getParent())
                : Optional.empty();
    }

    private static Path codeLocation() {
        try {
            return Path.of(SharedFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
