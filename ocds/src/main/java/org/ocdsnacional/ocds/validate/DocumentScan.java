package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the packages of a document (or of each document of an archive) without keeping their releases: a package at the top, an array of packages,
 * or the INAI tool's wrappers ({@code arrayReleasePackage}, {@code recordPackages}). Each package comes back with
 * its fields, its {@code releases} (or {@code records}) replaced by a placeholder array that is empty when they
 * are, and non-arrays kept as they are.
 */
final class DocumentScan {

    private static final Set<String> WRAPPERS = Set.of("arrayReleasePackage", "recordPackages");
    private static final Set<String> CONTENTS = Set.of("releases", "records");

    private final ObjectMapper mapper;
    private final List<PackageShell> shells = new ArrayList<>();

    private DocumentScan(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The packages of each JSON document of {@code file}, opened and decoded as the reader reads it (GZIP, every data
     * entry of a ZIP, UTF-16, Latin-1).
     */
    static List<PackageShell> packages(ObjectMapper mapper, Path file) throws IOException, ReadException {
        List<PackageShell> shells = new ArrayList<>();
        for (List<PackageShell> found : OcdsReader.create(mapper).parseEach(file, warning -> { }, parser -> {
            DocumentScan scan = new DocumentScan(mapper);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                scan.root(parser, token);
            }
            return scan.shells;
        })) {
            shells.addAll(found);
        }
        return shells;
    }

    private void root(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            object(p, "");
        } else if (token == JsonToken.START_ARRAY) {
            array(p, "");
        } else {
            p.skipChildren();
        }
    }

    private void array(JsonParser p, String pointer) throws IOException {
        int index = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT) {
                object(p, JsonPointers.index(pointer, index));
            } else {
                p.skipChildren();
            }
            index++;
        }
    }

    private void object(JsonParser p, String pointer) throws IOException {
        ObjectNode shell = mapper.createObjectNode();
        boolean isPackage = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY && WRAPPERS.contains(name)) {
                array(p, JsonPointers.child(pointer, name));
            } else if (value == JsonToken.START_ARRAY && CONTENTS.contains(name)) {
                isPackage = true;
                shell.set(name, placeholders(p));
            } else {
                isPackage |= CONTENTS.contains(name);
                shell.set(name, mapper.readTree(p));
            }
        }
        if (isPackage) {
            shells.add(new PackageShell(pointer, shell, PackageMetadata.of(shell)));
        }
    }

    /** Skips an array's elements, standing them in with one null when there are any. */
    private ArrayNode placeholders(JsonParser p) throws IOException {
        ArrayNode placeholder = mapper.createArrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            if (placeholder.isEmpty()) {
                placeholder.addNull();
            }
        }
        return placeholder;
    }

    /** A package in memory as a shell: its releases or records replaced by placeholders like the scan's. */
    static ObjectNode shell(ObjectNode pkg) {
        ObjectNode shell = pkg.deepCopy();
        for (String name : CONTENTS) {
            if (shell.get(name) instanceof ArrayNode contents && !contents.isEmpty()) {
                shell.putArray(name).addNull();
            }
        }
        return shell;
    }

    /**
     * One package of the document.
     *
     * @param pointer  where it is in the document
     * @param json     its fields, with placeholders for its releases or records
     * @param metadata its version and extensions
     */
    record PackageShell(String pointer, ObjectNode json, PackageMetadata metadata) {
    }
}
