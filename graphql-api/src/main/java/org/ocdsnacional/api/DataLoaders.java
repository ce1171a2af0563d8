package org.ocdsnacional.api;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The DataLoaders of the API, made anew for every request so that batching and caching never cross requests.
 * Register a factory per loader with {@link #with}; a data fetcher finds its loader with
 * {@code env.getDataLoader(name)}. Immutable.
 */
public final class DataLoaders {

    private static final DataLoaders NONE = new DataLoaders(Map.of());

    private final Map<String, Supplier<DataLoader<?, ?>>> factories;

    private DataLoaders(Map<String, Supplier<DataLoader<?, ?>>> factories) {
        this.factories = factories;
    }

    public static DataLoaders none() {
        return NONE;
    }

    /** These loaders and one more, made by {@code factory} for each request under {@code name}. */
    public DataLoaders with(String name, Supplier<DataLoader<?, ?>> factory) {
        Map<String, Supplier<DataLoader<?, ?>>> more = new LinkedHashMap<>(factories);
        if (more.putIfAbsent(name, factory) != null) {
            throw new IllegalArgumentException("A DataLoader named «" + name + "» is already registered");
        }
        return new DataLoaders(Map.copyOf(more));
    }

    /** A new registry with a new instance of every loader, for one request. */
    public DataLoaderRegistry newRegistry() {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        factories.forEach((name, factory) -> registry.register(name, factory.get()));
        return registry;
    }
}
