package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads OCDS data of any common shape and hands each release to a {@link ReleaseVisitor}, one at a time.
 *
 * <p>Shapes: release package, record package (embedded releases; linked releases handed over as links to fetch;
 * the compiled release when a record embeds no release), compiled release, an empty package, the wrappers some
 * publishers use ({@code arrayReleasePackage}, {@code recordPackages}, {@code results}, {@code data}), a JSON array
 * of any of these, bare releases and records, and several of them one after another (concatenated JSON, JSON
 * Lines). Versioned releases are recognised and reported, not read as releases. Containers: GZIP, and ZIP archives
 * whose data entries are read one after another (junk entries such as {@code __MACOSX/} and {@code .DS_Store}, and
 * files that are not JSON by their extension, skipped with a warning), streamed as they unpack, with a cap on what
 * they may unpack to ({@link UnpackLimitException}). Encodings: UTF-8 with or without byte-order mark, UTF-16,
 * UTF-32; a document that is not UTF-8 is read as Latin-1 (Windows-1252) from the first byte that is not, with a
 * warning. JSON that is not read as OCDS (the paging of an API page, a list a protocol walks by) is opened and
 * decoded the same way for a {@link JsonScan} of its tokens ({@link #parse}).
 *
 * <p>Memory does not grow with the input: one release (or one record) is materialised at a time, or, for the
 * releases of a package in a UTF-8 file, a bounded few: while the reading thread goes through the JSON, jumping
 * over each release, a helper thread builds the trees of the releases it has passed ({@link TreesAhead}; when the
 * helper gets no core of its own, releases are read in place for a while). The visitor is always called on the
 * reading thread, in document order. Key order carries no meaning: each release comes with the whole metadata of
 * its package, wherever the package's keys stand (before, between or after its releases), found by a second
 * parser reading ahead through the package without building its releases ({@link MetadataAhead}).
 *
 * <p>Bad input: a part that is not OCDS (a release that is not an object, an object that is no OCDS shape) is a
 * {@link ReadProblem} naming the position, and the reading goes on; in JSON Lines, so does a malformed line.
 * Malformed or truncated JSON otherwise ends the reading with a {@link ReadException}, after everything before it
 * was handed over; in an archive of several documents, it ends that entry only (a problem) and the next is read.
 */
public final class OcdsReader {

    private static final int MAX_RESUMED_LINES = 10_000;

    private final ObjectMapper mapper;
    private final JsonFactory factory;
    private final ObjectReader trees;
    private final TreesAhead.TreeBuilder fromBytes;
    private final SingleDocument singleDocument;

    private OcdsReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.factory = new SkippingJsonFactory(mapper.getFactory());
        this.trees = mapper.readerFor(JsonNode.class);
        this.fromBytes = BytesTrees.forMapper(mapper);
        this.singleDocument = new SingleDocument(factory);
    }

    public static OcdsReader create(ObjectMapper mapper) {
        return new OcdsReader(mapper);
    }

    /**
     * Reads a file (plain, GZIP or ZIP), named after its path in messages, with no limit on what it unpacks to.
     *
     * @throws IOException   when the file cannot be opened at all
     * @throws ReadException when its JSON is malformed or truncated (after the releases before that point)
     */
    public ReadSummary read(Path file, ReleaseVisitor visitor) throws ReadException, IOException {
        return read(file, file.toString(), Long.MAX_VALUE, visitor);
    }

    /**
     * Reads a file (plain, GZIP or ZIP) that messages call {@code origin} (a URL, say; an entry of a ZIP is then
     * {@code origin!/entry.json}).
     *
     * @param maxUnpackedBytes most bytes that what a GZIP or ZIP holds may unpack to, all entries together
     * @throws UnpackLimitException when it unpacks to more, or is a ZIP of too many entries (after the releases
     *                              before that point)
     * @throws IOException          when the file cannot be opened at all (a broken archive: a
     *                              {@link java.util.zip.ZipException})
     * @throws ReadException        when its JSON is malformed or truncated (after the releases before that point)
     */
    public ReadSummary read(Path file, String origin, long maxUnpackedBytes, ReleaseVisitor visitor)
            throws ReadException, IOException {
        Delivery out = new Delivery(visitor);
        try (Containers.Opened opened = Containers.open(file, origin, UnpackBudget.of(maxUnpackedBytes));
             ReleaseTrees releaseTrees = new TreesAhead(fromBytes, ReleaseTrees.inPlace(trees))) {
            opened.skipped().forEach(out::warning);
            if (opened.documents().isEmpty()) {
                out.problem(new ReadProblem(origin, -1, "El archivo comprimido no tiene ninguna entrada de datos JSON: "
                        + "no contiene datos de OCDS / The archive has no JSON data entry: it contains no OCDS data"));
            }
            boolean several = opened.documents().size() > 1;
            for (DocumentSource source : opened.documents()) {
                readAgainAndAgain(source, releaseTrees, out, several);
            }
        }
        return out.summary();
    }

    /**
     * Reads a stream (plain, GZIP or ZIP) as {@link #read(Path, String, long, ReleaseVisitor)} reads a file: it is
     * copied to a temporary file first (deleted afterwards), so that a package's metadata is found wherever it stands
     * whatever the size, and ZIP entries are read in any order.
     *
     * @throws ReadException when the stream cannot be copied, or its JSON is malformed or truncated (after the
     *                       releases before that point)
     */
    public ReadSummary read(InputStream in, String origin, ReleaseVisitor visitor) throws ReadException {
        Path copy = null;
        try {
            copy = Files.createTempFile("ocds-stream-", ".data");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return read(copy, origin, Long.MAX_VALUE, visitor);
        } catch (ReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ReadException(origin, -1, "No se pudo leer / Could not read: " + e.getMessage(), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /**
     * The tree of one JSON object from its UTF-8 bytes (a release written out earlier), built and checked as the
     * reader builds the releases of a package.
     *
     * @throws IOException when the bytes are not one JSON object
     */
    public ObjectNode object(byte[] json) throws IOException {
        return fromBytes.tree(json, 0);
    }

    /** The metadata of the first package in a file, wherever its keys stand, read without its releases; empty if none. */
    public Optional<PackageMetadata> metadata(Path file) throws IOException {
        try (Containers.Opened opened = Containers.open(file)) {
            if (opened.documents().isEmpty()) {
                return Optional.empty();
            }
            DocumentSource first = opened.documents().getFirst();
            return firstObjectMetadata(first, Decoding.BYTES).or(() -> firstObjectMetadata(first, Decoding.TEXT));
        }
    }

    /**
     * Parses the one JSON document of a file that is not read as OCDS (a page of an API for its paging, a list a
     * protocol walks by), opened and decoded as {@link #read} does: plain, GZIP or a ZIP of one data entry; UTF-8
     * with or without byte-order mark, UTF-16, UTF-32, or, when the bytes are not UTF-8, read again from the start
     * as Latin-1 (Windows-1252) from the first byte that is not, with a warning (as are ZIP entries skipped).
     *
     * @param maxUnpackedBytes most bytes that what a GZIP or ZIP holds may unpack to
     * @param warnings         hears what was read with a workaround
     * @param scan             what to look for; called a second time, from the start, when the text is Latin-1
     * @throws ReadException        when the JSON is malformed or truncated (with its byte offset), or a ZIP holds
     *                              not exactly one document
     * @throws UnpackLimitException when it unpacks to more than allowed
     * @throws IOException          when the file cannot be opened at all (a broken archive: a
     *                              {@link java.util.zip.ZipException})
     */
    public <T> T parse(Path file, String origin, long maxUnpackedBytes, Consumer<ReadProblem> warnings,
                       JsonScan<T> scan) throws ReadException, IOException {
        return singleDocument.parse(file, origin, maxUnpackedBytes, warnings, scan);
    }

    /**
     * Parses each JSON document of a file (the file, its GZIP content, each data entry of a ZIP), opened and decoded
     * as {@link #read} does, for what {@code scan} looks for: the package fields of a file validated as a whole, say.
     *
     * @throws ReadException when the JSON of a document is malformed or truncated
     * @throws IOException   when the file cannot be opened at all
     */
    public <T> List<T> parseEach(Path file, Consumer<ReadProblem> warnings, JsonScan<T> scan)
            throws ReadException, IOException {
        return singleDocument.parseEach(file, warnings, scan);
    }

    /**
     * Whether an array under {@code name} in an object ({@code {"pagination":…,"data":[…]}}) is read as the
     * packages or releases the object wraps.
     */
    public static boolean readsWrapped(String name) {
        return Walk.isWrapper(name);
    }

    /**
     * A document that can be opened again: read as UTF-8, again as Latin-1 if need be, resuming JSON Lines. A
     * container that unpacks to more than allowed ends the whole reading, not only this document.
     */
    private void readAgainAndAgain(DocumentSource source, ReleaseTrees releaseTrees, Delivery out, boolean inArchive)
            throws ReadException, UnpackLimitException {
        out.startDocument();
        Decoding decoding = Decoding.BYTES;
        long base = 0;
        int resumed = 0;
        while (true) {
            Decoding current = decoding;
            MetadataAhead ahead = ahead(source, current, base);
            Walk walk = new Walk(trees, releaseTrees, source.origin(), base, out, ahead);
            try (ahead; JsonParser p = current.parser(factory, openAt(source, base),
                    Decoding.latin1Warning(source.origin(), out::warning))) {
                walk.roots(p);
                return;
            } catch (JsonProcessingException e) {
                if (current == Decoding.BYTES && Decoding.notUtf8(e)) {
                    decoding = Decoding.TEXT;
                    base = 0;
                    out.restartDocument();
                    continue;
                }
                if (current == Decoding.BYTES && walk.failedOnItsOwnLine() && resumed++ < MAX_RESUMED_LINES) {
                    out.problem(malformedLine(source, walk.rootStart(), e));
                    base = nextLine(source, walk.rootStart());
                    if (base < 0) {
                        return;
                    }
                    continue;
                }
                fail(source, base, e, out, inArchive);
                return;
            } catch (UnpackLimitException e) {
                throw e;
            } catch (IOException e) {
                fail(source, base, e, out, inArchive);
                return;
            }
        }
    }

    private Optional<PackageMetadata> firstObjectMetadata(DocumentSource source, Decoding decoding) {
        try (MetadataAhead ahead = ahead(source, decoding, 0)) {
            return ahead.first().map(PackageMetadata.Builder::build);
        }
    }

    /** Reads metadata ahead in {@code source} with a parser like the reading pass's, from {@code base}. */
    private MetadataAhead ahead(DocumentSource source, Decoding decoding, long base) {
        return new MetadataAhead(() -> decoding.parser(factory, openAt(source, base), offset -> { }), trees);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind: the system's temporary folder is cleaned by the system
        }
    }

    private static InputStream openAt(DocumentSource source, long offset) throws IOException {
        InputStream in = source.open();
        in.skipNBytes(offset);
        return in;
    }

    /** The offset of the line after the one that starts at or contains {@code from}; -1 when there is none. */
    private static long nextLine(DocumentSource source, long from) throws ReadException, UnpackLimitException {
        try (InputStream in = new BufferedInputStream(openAt(source, from), 1 << 16)) {
            long offset = from;
            int b;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b == '\n') {
                    return offset;
                }
            }
            return -1;
        } catch (UnpackLimitException e) {
            throw e;
        } catch (IOException e) {
            throw new ReadException(source.origin(), from, "No se pudo leer / Could not read: " + e.getMessage(), e);
        }
    }

    private static ReadProblem malformedLine(DocumentSource source, long start, JsonProcessingException e) {
        return new ReadProblem(source.origin(), start, "Línea con JSON mal formado; se omite y se sigue con la "
                + "siguiente / Malformed JSON line skipped: " + e.getOriginalMessage());
    }

    /** A document that cannot be read further: an exception, or a problem when other entries of an archive follow. */
    private static void fail(DocumentSource source, long base, IOException e, Delivery out, boolean inArchive)
            throws ReadException {
        if (inArchive) {
            out.problem(new ReadProblem(source.origin(), Unreadable.offset(e, base), Unreadable.reason(e)));
            return;
        }
        throw Unreadable.exception(source.origin(), base, e);
    }
}
