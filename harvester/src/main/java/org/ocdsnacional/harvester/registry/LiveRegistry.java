package org.ocdsnacional.harvester.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The registry as currently loaded from its file, reloadable without a restart. A file with mistakes is not
 * taken: the sources loaded before stay in force, and the mistakes are reported.
 */
public final class LiveRegistry {

    private final Path file;
    private final AtomicReference<Registry> current;
    private final AtomicReference<FileTime> loadedVersion;

    private LiveRegistry(Path file, Registry registry, FileTime version) {
        this.file = file;
        this.current = new AtomicReference<>(registry);
        this.loadedVersion = new AtomicReference<>(version);
    }

    /** Loads {@code file}; its mistakes stop the start. */
    public static LiveRegistry load(Path file) throws RegistryException {
        FileTime version = modified(file);
        return new LiveRegistry(file, RegistryLoader.load(file), version);
    }

    /** A registry that is not read from a file (tests, tools): never changes. */
    public static LiveRegistry fixed(Registry registry) {
        return new LiveRegistry(Path.of(""), registry, FileTime.fromMillis(0));
    }

    public Registry get() {
        return current.get();
    }

    public Optional<Source> find(String id) {
        return get().find(id);
    }

    /** Reads the file again; on a mistake the current registry stays and the exception says what is wrong. */
    public synchronized Registry reload() throws RegistryException {
        FileTime version = modified(file);
        Registry loaded = RegistryLoader.load(file);
        current.set(loaded);
        loadedVersion.set(version);
        return loaded;
    }

    /**
     * Gives a source a new status in memory (an admin freezing or retiring it) until the next reload; the file is
     * never written. Returns the source as it was, or empty when there is no such source.
     */
    public synchronized Optional<Source> setStatus(String sourceId, SourceStatus status) {
        Optional<Source> before = find(sourceId);
        before.ifPresent(source -> current.set(Registry.of(get().sources().stream()
                .map(each -> each.id().equals(sourceId) ? withStatus(each, status) : each)
                .toList())));
        return before;
    }

    private static Source withStatus(Source source, SourceStatus status) {
        return new Source(source.id(), source.name(), source.state(), source.level(), source.kind(), status,
                source.protocol(), source.parameters(), source.schedule(), source.http());
    }

    /** Reloads when the file changed since it was last loaded; empty when it did not. */
    public Optional<Registry> reloadIfChanged() throws RegistryException {
        if (Objects.equals(modified(file), loadedVersion.get())) {
            return Optional.empty();
        }
        return Optional.of(reload());
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
