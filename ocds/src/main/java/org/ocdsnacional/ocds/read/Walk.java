package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.io.IOException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One pass over the JSON values of one document, handing over releases as it meets them: packages stream their
 * {@code releases} (one materialised at a time); records, bare releases and the objects of wrappers are
 * materialised whole (each is one process at most). Remembers where the current top-level value started, so that a
 * JSON Lines document can go on after a malformed line.
 */
final class Walk {

    /** Arrays of packages or releases that some publishers wrap their data in (INAI tool, PDN, APF API). */
    private static final Set<String> WRAPPERS = Set.of("arrayReleasePackage", "recordPackages", "results", "data");

    private final ObjectReader trees;
    private final ReleaseTrees releaseTrees;
    private final String origin;
    private final long base;
    private final Delivery out;
    private final MetadataAhead ahead;
    private long completedRoots;
    private int lastRootEndLine = -1;
    private long rootStart;
    private int rootStartLine;

    /**
     * @param releaseTrees where the trees of the elements of packages' {@code releases} come from
     * @param base         byte offset in the document where the parser starts (after a resumed line)
     * @param ahead        the metadata of an object wherever its keys stand, from a parser that starts where this
     *                     walk's parser does
     */
    Walk(ObjectReader trees, ReleaseTrees releaseTrees, String origin, long base, Delivery out, MetadataAhead ahead) {
        this.trees = trees;
        this.releaseTrees = releaseTrees;
        this.origin = origin;
        this.base = base;
        this.out = out;
        this.ahead = ahead;
    }

    /** Whether an array under {@code name} in an object is read as the packages or releases the object wraps. */
    static boolean isWrapper(String name) {
        return WRAPPERS.contains(name);
    }

    void roots(JsonParser p) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) != null) {
            JsonLocation start = p.currentTokenLocation();
            rootStart = offset(start);
            rootStartLine = start.getLineNr();
            switch (token) {
                case START_OBJECT -> document(p, PackageMetadata.NONE);
                case START_ARRAY -> rootList(p);
                default -> problem(p, "Valor suelto que no es un objeto ni una lista / A top-level "
                        + Tokens.kind(token) + " is not OCDS");
            }
            completedRoots++;
            lastRootEndLine = p.currentTokenLocation().getLineNr();
        }
        if (base == 0 && completedRoots == 0) {
            problem(0, "", "El documento está vacío (ningún valor JSON): no contiene datos de OCDS / The document is "
                    + "empty (no JSON value at all): it contains no OCDS data");
        }
    }

    /** A list at the top level: its packages, releases or records; an empty one holds no OCDS data. */
    private void rootList(JsonParser p) throws IOException {
        if (documents(p, PackageMetadata.NONE) == 0) {
            problem(rootStart, "", "La lista está vacía: no contiene datos de OCDS / The list is empty: it contains "
                    + "no OCDS data");
        }
    }

    /** Whether the value that failed started on a line of its own after a complete one: JSON Lines, so go on. */
    boolean failedOnItsOwnLine() {
        return completedRoots > 0 && rootStartLine > lastRootEndLine;
    }

    /** Byte offset in the document where the current (or failed) top-level value started. */
    long rootStart() {
        return rootStart;
    }

    /** An array whose elements are packages, releases or records; how many elements it has. */
    private int documents(JsonParser p, PackageMetadata inherited) throws IOException {
        int elements = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            elements++;
            if (token == JsonToken.START_OBJECT) {
                document(p, inherited);
            } else {
                skip(p, "Un elemento de la lista no es un objeto / An element of the list is not a JSON object");
            }
        }
        return elements;
    }

    /**
     * An object: a package, a wrapper of packages, an empty package, a release or a record. Its releases, records or
     * wrapped objects get its metadata whole, wherever its keys stand.
     */
    private void document(JsonParser p, PackageMetadata inherited) throws IOException {
        Document doc = new Document(parserOffset(p.currentTokenLocation()));
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY && name.equals("releases") && !doc.rest.has("ocid")) {
                doc.streamedReleases = true;
                packageReleases(p, doc.metadata());
            } else if (value == JsonToken.START_ARRAY && name.equals("records")) {
                doc.container = true;
                records(p, doc.metadata());
            } else if (value == JsonToken.START_ARRAY && WRAPPERS.contains(name) && !doc.rest.has("ocid")) {
                doc.container = true;
                documents(p, doc.declaresMetadata() ? doc.metadata() : inherited);
            } else {
                doc.take(name, trees.readTree(p));
            }
        }
        finish(doc, inherited, p);
    }

    private void finish(Document doc, PackageMetadata inherited, JsonParser p) {
        if (doc.streamedReleases && doc.rest.has("ocid")) {
            compiledReleaseIfNothingElse(doc.rest, doc.deliveredBefore, inherited, rootStart, pointer(p));
        } else if (doc.container || doc.streamedReleases) {
            out.packageEnd(doc.metadata());
        } else {
            bare(doc, inherited, p);
        }
    }

    private void bare(Document doc, PackageMetadata inherited, JsonParser p) {
        ObjectNode object = doc.rest;
        if (object.has("releases") || object.has("records")) {
            notAList(object, p);
        } else if (object.has("ocid") && Shapes.isVersionedRelease(object)) {
            problem(p, "Es un release versionado, no un release: no se lee / A versioned release is not a release:"
                    + " not read");
        } else if (object.has("ocid")) {
            out.release(new Release(object), inherited);
        } else if (doc.seen.any()) {
            out.packageEnd(doc.seen.build());
        } else {
            problem(p, "El objeto no es un paquete, un release ni un record (no tiene releases, records ni ocid) / "
                    + "The object is neither a package, a release nor a record (no releases, records or ocid)");
        }
    }

    private void notAList(ObjectNode object, JsonParser p) {
        if (object.has("ocid") && object.get("releases") != null && object.get("releases").isArray()) {
            record(object, PackageMetadata.NONE, rootStart, pointer(p));
            return;
        }
        problem(p, "«releases» o «records» no es una lista / \"releases\" or \"records\" is not a JSON array");
    }

    /** The releases of a package; everything met before a failure is handed over before the failure. */
    private void packageReleases(JsonParser p, PackageMetadata metadata) throws IOException {
        try {
            eachPackageRelease(p, metadata);
        } catch (IOException e) {
            releaseTrees.settle();
            throw e;
        }
        releaseTrees.settle();
    }

    private void eachPackageRelease(JsonParser p, PackageMetadata metadata) throws IOException {
        String array = null;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                releaseTrees.settle();
                notAnObject(p, token, ReadProblem.Kind.RELEASE_NOT_AN_OBJECT);
                continue;
            }
            if (array == null) {
                array = arrayPointer(p);
            }
            String inArray = array;
            int index = p.getParsingContext().getParent().getCurrentIndex();
            long start = offset(p.currentTokenLocation());
            releaseTrees.next(p, tree -> release(tree, metadata, "", start, () -> inArray + "/" + index));
        }
    }

    private void records(JsonParser p, PackageMetadata metadata) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                notAnObject(p, token, ReadProblem.Kind.RECORD_NOT_AN_OBJECT);
                continue;
            }
            long start = offset(p.currentTokenLocation());
            ObjectNode record = trees.readTree(p);
            record(record, metadata, start, pointer(p));
        }
    }

    /** A record: its embedded releases and the links to the others; its compiled release if it embeds none. */
    private void record(ObjectNode record, PackageMetadata metadata, long start, String pointer) {
        long before = out.releases();
        String ocid = record.path("ocid").asText("");
        JsonNode releases = record.path("releases");
        if (!releases.isMissingNode() && !releases.isArray()) {
            problem(start, pointer + "/releases", "«releases» del record no es una lista / The record's \"releases\" "
                    + "is not a JSON array");
        }
        for (int i = 0; releases.isArray() && i < releases.size(); i++) {
            JsonNode element = releases.get(i);
            String at = pointer + "/releases/" + i;
            if (element instanceof ObjectNode release) {
                release(release, metadata, ocid, start, () -> at);
            } else {
                ReadProblem.Kind kind = ReadProblem.Kind.RELEASE_NOT_AN_OBJECT;
                out.problem(new ReadProblem(origin, start, at, NotAnObject.message(kind, NotAnObject.kind(element)),
                        kind));
            }
        }
        compiledReleaseIfNothingElse(record, before, metadata, start, pointer);
    }

    private void compiledReleaseIfNothingElse(ObjectNode record, long before, PackageMetadata metadata, long start,
                                              String pointer) {
        if (out.releases() == before && record.get("compiledRelease") instanceof ObjectNode compiled) {
            out.release(new Release(compiled), metadata);
        } else if (out.releases() == before && !record.has("releases")) {
            problem(start, pointer, "El record no trae releases / The record has no releases");
        }
    }

    private void release(ObjectNode json, PackageMetadata metadata, String recordOcid, long start,
                         Supplier<String> pointer) {
        if (Shapes.isLinkedRelease(json)) {
            out.linked(Shapes.link(json, recordOcid), metadata);
            return;
        }
        out.release(new Release(json), metadata);
    }

    /** An element of {@code releases} or {@code records} that is not an object: an invalid release or record. */
    private void notAnObject(JsonParser p, JsonToken token, ReadProblem.Kind kind) throws IOException {
        out.problem(new ReadProblem(origin, offset(p.currentTokenLocation()), pointer(p),
                NotAnObject.message(kind, NotAnObject.kind(token)), kind));
        p.skipChildren();
    }

    private void skip(JsonParser p, String message) throws IOException {
        problem(p, message);
        p.skipChildren();
    }

    private void problem(JsonParser p, String message) {
        problem(offset(p.currentTokenLocation()), pointer(p), message);
    }

    private void problem(long offset, String pointer, String message) {
        out.problem(new ReadProblem(origin, offset, pointer, message));
    }

    private long offset(JsonLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? base + bytes : base + location.getCharOffset();
    }

    private static String pointer(JsonParser p) {
        return p.getParsingContext().pathAsPointer().toString();
    }

    /** At the opening brace of an element of an array: the pointer of the array. */
    private static String arrayPointer(JsonParser p) {
        return p.getParsingContext().getParent().pathAsPointer().head().toString();
    }

    /** Where a token is for this walk's parser: its byte offset, or its character offset in decoded text. */
    private static long parserOffset(JsonLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    /** What one object has shown so far. */
    private final class Document {
        final long start;
        final PackageMetadata.Builder seen = new PackageMetadata.Builder();
        final ObjectNode rest = JsonNodeFactory.instance.objectNode();
        final long deliveredBefore = out.releases();
        boolean container;
        boolean streamedReleases;
        private PackageMetadata whole;
        private boolean wholeDeclaresAny;

        /** @param start where its opening brace is, for this walk's parser */
        Document(long start) {
            this.start = start;
        }

        void take(String name, JsonNode value) {
            seen.accept(name, value);
            rest.set(name, value);
        }

        /**
         * Its package metadata, all of it: the keys before the reading pass got here and those after, read ahead.
         * One instance for the object, so that its releases all carry the same.
         */
        PackageMetadata metadata() {
            if (whole == null) {
                PackageMetadata.Builder all = ahead.of(start).orElse(seen);
                whole = all.build();
                wholeDeclaresAny = all.any();
            }
            return whole;
        }

        /** Whether it has any package metadata key, wherever it stands. */
        boolean declaresMetadata() {
            metadata();
            return wholeDeclaresAny;
        }
    }
}
