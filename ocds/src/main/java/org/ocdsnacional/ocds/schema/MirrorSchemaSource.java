package org.ocdsnacional.ocds.schema;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads schemas, codelists and extensions from an offline mirror laid out by URL ({@code <host>/<path>}),
 * standing in for the network: a file missing from the mirror is treated like an unreachable URL.
 */
public final class MirrorSchemaSource implements SchemaSource {

    private final Path root;

    private MirrorSchemaSource(Path root) {
        this.root = root;
    }

    /** A source reading under {@code root} (e.g. {@code shared/ocds-mirror}). */
    public static MirrorSchemaSource of(Path root) {
        return new MirrorSchemaSource(root.toAbsolutePath().normalize());
    }

    @Override
    public String read(URI url) throws IOException {
        Path file = UrlLayout.file(root, url);
        try {
            return Texts.withoutBom(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "Not in the offline mirror: " + url);
        } catch (IOException e) {
            throw new IOException("Could not read " + url + " from the offline mirror (" + file + "): " + e, e);
        }
    }

    @Override
    public String toString() {
        return "MirrorSchemaSource[" + root + "]";
    }
}
