package org.ocdsnacional.ocds.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MirrorSchemaSourceTest {

    @Test
    void readsTheReleaseSchemaOfEachVersionFromTheSharedMirror() throws IOException {
        MirrorSchemaSource mirror = SharedFixtures.mirror();

        for (OcdsVersion version : OcdsVersion.values()) {
            String text = mirror.read(version.releaseSchemaUrl());
            assertTrue(text.contains("\"definitions\""), version + " release schema");
        }
    }

    @Test
    void dropsSchemePortAndLooksUpHostAndPath(@TempDir Path root) throws IOException {
        write(root.resolve("example.org/ext/v1/extension.json"), "{\"name\": \"x\"}");
        MirrorSchemaSource mirror = MirrorSchemaSource.of(root);

        assertEquals("{\"name\": \"x\"}", mirror.read(URI.create("https://example.org/ext/v1/extension.json")));
        assertEquals("{\"name\": \"x\"}", mirror.read(URI.create("http://example.org:8080/ext/v1/extension.json")));
    }

    @Test
    void dropsALeadingByteOrderMark(@TempDir Path root) throws IOException {
        write(root.resolve("example.org/codelists/+x.csv"), "\uFEFFCode,Title\n");

        String text = MirrorSchemaSource.of(root).read(URI.create("https://example.org/codelists/+x.csv"));

        assertEquals("Code,Title\n", text);
    }

    @Test
    void aMissingFileIsAnIoExceptionNamingTheUrl(@TempDir Path root) {
        URI url = URI.create("https://example.org/missing/release-schema.json");

        IOException e = assertThrows(IOException.class, () -> MirrorSchemaSource.of(root).read(url));

        assertTrue(e.getMessage().contains(url.toString()), e.getMessage());
    }

    @Test
    void refusesPathsThatLeaveTheMirror(@TempDir Path root) throws IOException {
        write(root.resolve("secret.json"), "{}");
        MirrorSchemaSource mirror = MirrorSchemaSource.of(root.resolve("mirror"));

        assertThrows(IOException.class, () -> mirror.read(URI.create("https://example.org/../../secret.json")));
        assertThrows(IOException.class, () -> mirror.read(URI.create("file:///etc/passwd")));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
