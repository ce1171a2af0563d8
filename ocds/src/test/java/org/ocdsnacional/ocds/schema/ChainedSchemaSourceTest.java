package org.ocdsnacional.ocds.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shipped files, then the mirror, then HTTP: the first source that has a URL answers. */
class ChainedSchemaSourceTest {

    private static final URI URL = URI.create("https://example.org/ext/extension.json");

    private final List<String> asked = new ArrayList<>();

    @Test
    void theFirstSourceThatHasTheUrlAnswersAndTheRestAreNotAsked() throws IOException {
        SchemaSource chain = ChainedSchemaSource.of(List.of(source("shipped", null), source("mirror", "{}"),
                source("http", "{\"from\": \"http\"}")));

        assertEquals("{}", chain.read(URL));
        assertEquals(List.of("shipped", "mirror"), asked);
    }

    @Test
    void aFileKnownNotToExistEndsTheSearch() {
        SchemaSource chain = ChainedSchemaSource.of(List.of(url -> {
            asked.add("shipped");
            throw new SchemaNotFoundException(url, "not part of the extension");
        }, source("http", "{}")));

        assertThrows(SchemaNotFoundException.class, () -> chain.read(URL));
        assertEquals(List.of("shipped"), asked);
    }

    @Test
    void whenNoSourceHasItTheLastOnesFailureSaysWhyWithTheOthersAttached() {
        SchemaSource chain = ChainedSchemaSource.of(List.of(source("shipped", null), source("mirror", null),
                url -> {
                    throw new IOException("Could not download " + url);
                }));

        IOException e = assertThrows(IOException.class, () -> chain.read(URL));

        assertEquals("Could not download " + URL, e.getMessage());
        assertEquals(NoSuchFileException.class, e.getSuppressed()[0].getClass());
    }

    /** A source that has {@code text} for every URL, or nothing when it is null. */
    private SchemaSource source(String name, String text) {
        Map<String, String> texts = text == null ? Map.of() : Map.of(URL.toString(), text);
        return url -> {
            asked.add(name);
            String found = texts.get(url.toString());
            if (found == null) {
                throw new NoSuchFileException(url.toString(), null, name + " does not have it");
            }
            return found;
        };
    }
}
