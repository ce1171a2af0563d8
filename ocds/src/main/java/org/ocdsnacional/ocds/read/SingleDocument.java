package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Parses the one JSON document of a file (or each one) for a {@link JsonScan}, opened and decoded as
 * {@link OcdsReader} reads documents: plain, GZIP or a ZIP of one data entry (or of several), within an unpack cap; as bytes first (UTF-8 with or without
 * byte-order mark, UTF-16, UTF-32), and again from the start as Latin-1 (Windows-1252) from the first byte that is
 * not UTF-8, with a warning.
 */
final class SingleDocument {

    private final JsonFactory factory;

    SingleDocument(JsonFactory factory) {
        this.factory = factory;
    }

    <T> T parse(Path file, String origin, long maxUnpackedBytes, Consumer<ReadProblem> warnings, JsonScan<T> scan)
            throws ReadException, IOException {
        try (Containers.Opened opened = Containers.open(file, origin, UnpackBudget.of(maxUnpackedBytes))) {
            opened.skipped().forEach(warnings);
            return parse(only(opened, origin), warnings, scan);
        }
    }

    /** What {@code scan} finds in each JSON document of a file: the file itself, or each data entry of a ZIP. */
    <T> List<T> parseEach(Path file, Consumer<ReadProblem> warnings, JsonScan<T> scan)
            throws ReadException, IOException {
        try (Containers.Opened opened = Containers.open(file)) {
            opened.skipped().forEach(warnings);
            List<T> found = new ArrayList<>();
            for (DocumentSource source : opened.documents()) {
                found.add(parse(source, warnings, scan));
            }
            return found;
        }
    }

    private <T> T parse(DocumentSource source, Consumer<ReadProblem> warnings, JsonScan<T> scan)
            throws ReadException, UnpackLimitException {
        Decoding decoding = Decoding.BYTES;
        while (true) {
            try (JsonParser parser = decoding.parser(factory, source.open(),
                    Decoding.latin1Warning(source.origin(), warnings))) {
                return scan.scan(parser);
            } catch (JsonProcessingException e) {
                if (decoding == Decoding.BYTES && Decoding.notUtf8(e)) {
                    decoding = Decoding.TEXT;
                    continue;
                }
                throw Unreadable.exception(source.origin(), 0, e);
            } catch (UnpackLimitException e) {
                throw e;
            } catch (IOException e) {
                throw Unreadable.exception(source.origin(), 0, e);
            }
        }
    }

    private static DocumentSource only(Containers.Opened opened, String origin) throws ReadException {
        int count = opened.documents().size();
        if (count != 1) {
            throw new ReadException(origin, -1, "El archivo comprimido trae " + count + " documentos JSON y se "
                    + "esperaba uno / The archive holds " + count + " JSON documents, not one", null);
        }
        return opened.documents().getFirst();
    }
}
