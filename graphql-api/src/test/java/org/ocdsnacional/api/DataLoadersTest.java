package org.ocdsnacional.api;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataLoadersTest {

    private static DataLoader<?, ?> echo() {
        return DataLoaderFactory.newDataLoader((List<String> keys) -> CompletableFuture.completedFuture(keys));
    }

    @Test
    void everyRequestGetsNewLoaders() {
        DataLoaders loaders = DataLoaders.none().with("echo", Set.of("echoed"), DataLoadersTest::echo);
        DataLoaderRegistry first = loaders.newRegistry();
        DataLoaderRegistry second = loaders.newRegistry();
        assertTrue(first.getKeys().contains("echo"));
        assertNotSame(first.getDataLoader("echo"), second.getDataLoader("echo"), "no cache shared across requests");
    }

    @Test
    void onlyQueriesNamingALoadersFieldNeedTheLoaders() {
        DataLoaders loaders = DataLoaders.none().with("echo", Set.of("echoed"), DataLoadersTest::echo);
        assertTrue(loaders.neededBy(new QueryText("{ a { echoed { id } } }")));
        assertTrue(loaders.neededBy(new QueryText("query { a { ...F } } fragment F on A { echoed { id } }")));
        assertFalse(loaders.neededBy(new QueryText("{ a { id } }")));
        assertFalse(DataLoaders.none().neededBy(new QueryText("{ echoed }")));
    }

    @Test
    void aNameIsRegisteredOnce() {
        DataLoaders loaders = DataLoaders.none().with("echo", Set.of("echoed"), DataLoadersTest::echo);
        assertThrows(IllegalArgumentException.class, () -> loaders.with("echo", Set.of("other"), DataLoadersTest::echo));
        assertTrue(DataLoaders.none().newRegistry().getKeys().isEmpty());
    }
}
