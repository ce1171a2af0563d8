package org.ocdsnacional.api;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The DataLoaders of the API, made anew for every request so that batching and caching never cross requests.
 * Register a factory per loader with {@link #with}, naming the schema fields whose fetchers use it; a data fetcher
 * finds its loader with {@code env.getDataLoader(name)}. A query that names none of those fields runs without a
 * registry: graphql-java then leaves out its per-field DataLoader bookkeeping, which costs a noticeable share of
 * answering a large aggregation. Immutable.
 */
public final class DataLoaders {

    private static final DataLoaders NONE = new DataLoaders(Map.of());

    private final Map<String, Loader> loaders;

    /** A loader's factory and the fields whose fetchers use it. */
    private record Loader(Supplier<DataLoader<?, ?>> factory, Set<String> fields) {
    }

    private DataLoaders(Map<String, Loader> loaders) {
        this.loaders = loaders;
    }

    public static DataLoaders none() {
        return NONE;
    }

    /**
     * These loaders and one more, made by {@code factory} for each request under {@code name}, used by the fetchers
     * of {@code fields}.
     */
    public DataLoaders with(String name, Set<String> fields, Supplier<DataLoader<?, ?>> factory) {
        Map<String, Loader> more = new LinkedHashMap<>(loaders);
        if (more.putIfAbsent(name, new Loader(factory, Set.copyOf(fields))) != null) {
            throw new IllegalArgumentException("A DataLoader named «" + name + "» is already registered");
        }
        return new DataLoaders(Map.copyOf(more));
    }

    /** Whether the query may ask for a field that a loader serves (see {@link QueryText#mayAsk}). */
    boolean neededBy(QueryText query) {
        return loaders.values().stream()
                .flatMap(loader -> loader.fields().stream())
                .anyMatch(query::mayAsk);
    }

    /** A new registry with a new instance of every loader, for one request. */
    public DataLoaderRegistry newRegistry() {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        loaders.forEach((name, loader) -> registry.register(name, loader.factory().get()));
        return registry;
    }
}
