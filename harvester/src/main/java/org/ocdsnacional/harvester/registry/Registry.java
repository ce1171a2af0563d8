package org.ocdsnacional.harvester.registry;

import java.util.List;
import java.util.Optional;

/**
 * Every registered source, in registry order. Ids are unique (the loader checks).
 *
 * @param sources the sources
 */
public record Registry(List<Source> sources) {

    public Registry {
        sources = List.copyOf(sources);
    }

    public static Registry of(List<Source> sources) {
        return new Registry(sources);
    }

    public Optional<Source> find(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst();
    }

    /** The sources harvested on their schedule. */
    public List<Source> active() {
        return sources.stream().filter(Source::isActive).toList();
    }
}
