package org.ocdsnacional.app;

import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.RegistryException;
import org.ocdsnacional.harvester.registry.RegistryLoader;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The registry as it is now: read from its file at start-up and on reload, with statuses an admin changed since.
 * Changes live in memory only (the file is never written). Thread-safe.
 */
final class LiveRegistry {

    private final Path file;
    private final AtomicReference<Registry> current;

    private LiveRegistry(Path file, Registry registry) {
        this.file = file;
        this.current = new AtomicReference<>(registry);
    }

    static LiveRegistry load(Path file) throws RegistryException {
        return new LiveRegistry(file, RegistryLoader.load(file));
    }

    Registry current() {
        return current.get();
    }

    /** Reads the file again; an invalid file throws and changes nothing. */
    Registry reload() throws RegistryException {
        Registry registry = RegistryLoader.load(file);
        current.set(registry);
        return registry;
    }

    /** Gives the source a new status; returns the source as it was, or empty when there is no such source. */
    synchronized Optional<Source> setStatus(String sourceId, SourceStatus status) {
        Optional<Source> before = current().find(sourceId);
        before.ifPresent(source -> current.set(Registry.of(current().sources().stream()
                .map(each -> each.id().equals(sourceId) ? withStatus(each, status) : each)
                .toList())));
        return before;
    }

    private static Source withStatus(Source source, SourceStatus status) {
        return new Source(source.id(), source.name(), source.state(), source.level(), source.kind(), status,
                source.protocol(), source.parameters(), source.schedule(), source.http());
    }
}
