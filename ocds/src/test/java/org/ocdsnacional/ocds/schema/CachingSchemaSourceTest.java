package org.ocdsnacional.ocds.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CachingSchemaSourceTest {

    private static final URI URL = URI.create("https://example.org/release-schema.json");

    @Test
    void readsEachUrlFromTheDelegateOnce() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        SchemaSource cached = CachingSchemaSource.of(url -> "text " + reads.incrementAndGet());

        assertEquals("text 1", cached.read(URL));
        assertEquals("text 1", cached.read(URL));
        assertEquals(1, reads.get());
    }

    @Test
    void doesNotKeepFailures() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        SchemaSource cached = CachingSchemaSource.of(url -> {
            if (reads.incrementAndGet() == 1) {
                throw new IOException("offline: " + url);
            }
            return "text";
        });

        assertThrows(IOException.class, () -> cached.read(URL));
        assertEquals("text", cached.read(URL));
    }
}
