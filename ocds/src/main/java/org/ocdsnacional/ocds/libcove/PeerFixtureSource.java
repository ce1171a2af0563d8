package org.ocdsnacional.ocds.libcove;

import org.ocdsnacional.ocds.schema.SchemaNotFoundException;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The peer's own fixtures where its tests download them from ({@code raw.githubusercontent.com/open-contracting/
 * lib-cove-ocds/main/tests/fixtures/…}), answering "not found" for a file the folder lacks, as GitHub would;
 * every other URL goes to the offline mirror.
 */
final class PeerFixtureSource implements SchemaSource {

    static final String PREFIX = "https://raw.githubusercontent.com/open-contracting/lib-cove-ocds/main/tests/fixtures/";

    private final Path fixtures;
    private final SchemaSource mirror;

    PeerFixtureSource(Path fixtures, SchemaSource mirror) {
        this.fixtures = fixtures;
        this.mirror = mirror;
    }

    @Override
    public String read(URI url) throws IOException {
        String text = url.toString();
        if (!text.startsWith(PREFIX)) {
            return mirror.read(url);
        }
        Path file = fixtures.resolve(text.substring(PREFIX.length())).normalize();
        if (!file.startsWith(fixtures) || !Files.isRegularFile(file)) {
            throw new SchemaNotFoundException(url, "404: not found");
        }
        return Files.readString(file);
    }
}
