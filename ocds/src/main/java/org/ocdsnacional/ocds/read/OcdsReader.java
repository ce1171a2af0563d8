package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads OCDS data of any common shape and hands each release to a {@link ReleaseVisitor}, one at a time.
 *
 * <p>Shapes recognised: release package, record package (embedded releases, or the compiled release when
 * the record only links its releases), the INAI tool's wrappers ({@code arrayReleasePackage},
 * {@code recordPackages}), a JSON array of any of these, bare releases and records, and several of them
 * one after another (concatenated JSON, JSON Lines). Encoding is detected from the bytes (UTF-8, with or
 * without BOM, UTF-16, UTF-32).
 *
 * <p>Memory: only one release (or one record) is materialised at a time. When a package on disk declares its
 * {@code version} after its releases, a quick scan of the file's top level finds the metadata first.
 */
public final class OcdsReader {

    private static final Set<String> PACKAGE_WRAPPERS = Set.of("arrayReleasePackage", "recordPackages");

    private final ObjectMapper mapper;

    private OcdsReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static OcdsReader create(ObjectMapper mapper) {
        return new OcdsReader(mapper);
    }

    /** Reads a file, finding package metadata first even when it follows the releases. */
    public ReadSummary read(Path file, ReleaseVisitor visitor) throws ReadException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), Optional.of(file), visitor);
        }
    }

    /** Reads a stream; package metadata that follows the releases is not seen by those releases. */
    public ReadSummary read(InputStream in, String origin, ReleaseVisitor visitor) throws ReadException {
        return read(in, origin, Optional.empty(), visitor);
    }

    private ReadSummary read(InputStream in, String origin, Optional<Path> file, ReleaseVisitor visitor)
            throws ReadException {
        Walk walk = new Walk(origin, file, visitor);
        try (JsonParser parser = mapper.getFactory().createParser(in)) {
            walk.roots(parser);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            long offset = where == null ? -1 : where.getByteOffset();
            throw new ReadException(origin, offset, "Malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReadException(origin, -1, "Could not read: " + e.getMessage(), e);
        }
        return walk.summary();
    }

    /** One pass over one input. */
    private final class Walk {
        private final String origin;
        private final Optional<Path> file;
        private final ReleaseVisitor visitor;
        private long releases;
        private long linked;
        private long problems;
        private boolean firstRoot = true;

        Walk(String origin, Optional<Path> file, ReleaseVisitor visitor) {
            this.origin = origin;
            this.file = file;
            this.visitor = visitor;
        }

        ReadSummary summary() {
            return new ReadSummary(releases, linked, problems);
        }

        void roots(JsonParser p) throws IOException {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                boolean topLevelFile = firstRoot && file.isPresent();
                firstRoot = false;
                switch (token) {
                    case START_ARRAY -> documents(p);
                    case START_OBJECT -> document(p, topLevelFile);
                    default -> skip(p, "expected a JSON object or array, found " + token);
                }
            }
        }

        /** An array whose elements are packages, releases or records. */
        private void documents(JsonParser p) throws IOException {
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                if (token == JsonToken.START_OBJECT) {
                    document(p, false);
                } else {
                    skip(p, "array element is not a JSON object");
                }
            }
        }

        /** An object: a package, a wrapper of packages, a bare release or a bare record. */
        private void document(JsonParser p, boolean mayScanFile) throws IOException {
            MetadataBuilder metadata = new MetadataBuilder(mapper);
            ObjectNode rest = mapper.createObjectNode();
            boolean container = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY && PACKAGE_WRAPPERS.contains(name)) {
                    container = true;
                    documents(p);
                } else if (value == JsonToken.START_ARRAY && name.equals("releases") && !rest.has("ocid")) {
                    container = true;
                    packageReleases(p, metadataFor(metadata, mayScanFile));
                } else if (value == JsonToken.START_ARRAY && name.equals("records")) {
                    container = true;
                    records(p, metadataFor(metadata, mayScanFile));
                } else if (!metadata.accept(name, p)) {
                    rest.set(name, mapper.readTree(p));
                }
            }
            if (!container) {
                bare(rest, metadata.build(), p);
            }
        }

        private PackageMetadata metadataFor(MetadataBuilder seen, boolean mayScanFile) {
            if (seen.hasVersion() || !mayScanFile) {
                return seen.build();
            }
            return TopLevelScan.metadata(mapper, file.orElseThrow()).orElse(seen.build());
        }

        private void packageReleases(JsonParser p, PackageMetadata metadata) throws IOException {
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    skip(p, "release is not a JSON object");
                    continue;
                }
                release((ObjectNode) mapper.readTree(p), metadata, p);
            }
        }

        private void records(JsonParser p, PackageMetadata metadata) throws IOException {
            JsonToken token;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_OBJECT) {
                    skip(p, "record is not a JSON object");
                    continue;
                }
                record((ObjectNode) mapper.readTree(p), metadata, p);
            }
        }

        /** A record: its embedded releases, or its compiled release when the releases are only linked. */
        private void record(ObjectNode record, PackageMetadata metadata, JsonParser p) {
            long before = releases;
            for (JsonNode element : record.path("releases")) {
                if (element instanceof ObjectNode release) {
                    release(release, metadata, p);
                }
            }
            if (releases == before && record.get("compiledRelease") instanceof ObjectNode compiled) {
                visitor.release(new Release(compiled), metadata);
                releases++;
            }
        }

        private void release(ObjectNode json, PackageMetadata metadata, JsonParser p) {
            if (!json.has("ocid") && json.has("url")) {
                linked++;
                return;
            }
            if (!json.has("ocid") && !json.has("id")) {
                problem(p, "object in releases has neither ocid nor id: not a release");
                return;
            }
            visitor.release(new Release(json), metadata);
            releases++;
        }

        private void bare(ObjectNode object, PackageMetadata metadata, JsonParser p) {
            if (!object.has("ocid")) {
                problem(p, "JSON object is neither a package, a release nor a record (no releases, records or ocid)");
                return;
            }
            boolean isRecord = object.has("compiledRelease") && !object.has("tag");
            if (isRecord) {
                record(object, metadata, p);
            } else {
                release(object, metadata, p);
            }
        }

        private void skip(JsonParser p, String message) throws IOException {
            problem(p, message);
            p.skipChildren();
        }

        private void problem(JsonParser p, String message) {
            problems++;
            visitor.problem(new ReadProblem(origin, p.currentLocation().getByteOffset(), message));
        }
    }
}
