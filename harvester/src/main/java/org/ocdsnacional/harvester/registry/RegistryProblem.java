package org.ocdsnacional.harvester.registry;

import java.nio.file.Path;

/**
 * One mistake in a registry file.
 *
 * @param file   the registry file
 * @param line   1-based line of the mistake; 0 when it concerns the whole file
 * @param reason what is wrong, naming the source when there is one
 */
public record RegistryProblem(Path file, int line, String reason) {

    /** {@code registry.yaml:42: source "x": unknown protocol "foo" (known: ...)}. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
