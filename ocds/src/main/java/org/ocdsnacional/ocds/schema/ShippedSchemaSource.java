package org.ocdsnacional.ocds.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * The OCDS schemas, codelists and extensions shipped with the application (resources under
 * {@code org/ocdsnacional/ocds/schema/shipped/}, laid out by URL like the offline mirror; their origin and licences
 * are in the {@code NOTICE.md} beside them): the core schemas of 1.0 and 1.1 and the extensions Mexican publishers
 * declare. A URL that is not shipped is a {@link NoSuchFileException}, so that the next source of a
 * {@link ChainedSchemaSource} is asked; a file missing from the folder of a shipped extension (one that has no
 * {@code release-schema.json}, say) or of a shipped version of the standard (a codelist that only an extension has)
 * is a {@link SchemaNotFoundException}: they are shipped whole, and the file does not exist.
 */
public final class ShippedSchemaSource implements SchemaSource {

    private static final String ROOT = "shipped/";
    /** The files that mark a folder shipped whole: an extension's metadata, a version of the standard. */
    private static final List<String> WHOLE = List.of("extension.json", "release-package-schema.json");

    private ShippedSchemaSource() {
    }

    /** The shipped files. */
    public static ShippedSchemaSource create() {
        return new ShippedSchemaSource();
    }

    @Override
    public String read(URI url) throws IOException {
        String relative = UrlLayout.relative(url);
        try (InputStream in = ShippedSchemaSource.class.getResourceAsStream(ROOT + relative)) {
            if (in != null) {
                return Texts.withoutBom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (inFolderShippedWhole(relative)) {
            throw new SchemaNotFoundException(url, "Not published (not in the shipped copy of its folder): " + url);
        }
        throw new NoSuchFileException(relative, null, "Not shipped with the application: " + url);
    }

    /** Whether a folder above {@code relative} is an extension or a version of the standard, shipped whole. */
    private static boolean inFolderShippedWhole(String relative) {
        for (int slash = relative.lastIndexOf('/'); slash > 0; slash = relative.lastIndexOf('/', slash - 1)) {
            String folder = ROOT + relative.substring(0, slash + 1);
            if (WHOLE.stream().anyMatch(marker -> ShippedSchemaSource.class.getResource(folder + marker) != null)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ShippedSchemaSource";
    }
}
