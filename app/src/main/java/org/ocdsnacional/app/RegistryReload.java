package org.ocdsnacional.app;

import java.util.List;

/**
 * The outcome of reloading the registry.
 *
 * @param applied  whether the new file is now in force (false: the previous registry stays)
 * @param sources  how many sources are now registered
 * @param problems every mistake found in the file ({@code file:line: reason}), when it was not applied
 */
public record RegistryReload(boolean applied, int sources, List<String> problems) {

    public RegistryReload {
        problems = List.copyOf(problems);
    }
}
