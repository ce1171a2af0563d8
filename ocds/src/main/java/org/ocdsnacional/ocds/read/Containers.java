package org.ocdsnacional.ocds.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Opens what a publisher sends as the JSON documents inside: a plain file, a GZIP file, or the data entries of a
 * ZIP archive (recognised by their first bytes, whatever the name says). Entry names are read as UTF-8, or as the
 * old DOS code page when an archive made on Windows does not decode.
 */
final class Containers {

    private static final int SNIFF = 4;
    private static final Charset DOS = Charset.forName("IBM437");

    private Containers() {
    }

    /** The kinds of container recognised by their first bytes. */
    enum Kind {
        PLAIN, GZIP, ZIP;

        static Kind of(byte[] head, int length) {
            if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return GZIP;
            }
            if (length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5) && (head[3] == 4
                    || head[3] == 6)) {
                return ZIP;
            }
            return PLAIN;
        }
    }

    /** The documents of a file, and the entries skipped (as warnings). The caller closes the archive. */
    record Opened(List<DocumentSource> documents, List<ReadProblem> skipped, AutoCloseable resources) {
    }

    static Opened open(Path file) throws IOException {
        String origin = file.toString();
        return switch (kind(file)) {
            case PLAIN -> single(DocumentSource.reopenable(origin, () -> Files.newInputStream(file)));
            case GZIP -> single(DocumentSource.reopenable(origin, () -> gunzip(Files.newInputStream(file))));
            case ZIP -> zip(file);
        };
    }

    /** The documents of a stream read once: entries of a ZIP are read in order, as they come. */
    static void each(InputStream raw, String origin, StreamHandler handler) throws IOException, ReadException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        switch (Kind.of(head, head.length)) {
            case PLAIN -> handler.document(DocumentSource.once(origin, in));
            case GZIP -> handler.document(DocumentSource.once(origin, new GZIPInputStream(in, 1 << 16)));
            case ZIP -> zipEntries(new ZipInputStream(in), origin, handler);
        }
    }

    /** Receives each document of a one-shot stream, or an entry skipped. */
    interface StreamHandler {
        void document(DocumentSource source) throws IOException, ReadException;

        void skipped(ReadProblem warning);
    }

    private static void zipEntries(ZipInputStream zip, String origin, StreamHandler handler)
            throws IOException, ReadException {
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (entry.isDirectory()) {
                continue;
            }
            String name = origin + "!/" + entry.getName();
            var reason = ArchiveEntries.skipReason(entry.getName());
            if (reason.isPresent()) {
                handler.skipped(skipped(name, reason.get()));
            } else {
                handler.document(DocumentSource.once(name, new UnclosableStream(zip)));
            }
        }
    }

    private static Kind kind(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF);
            return Kind.of(head, head.length);
        }
    }

    private static Opened single(DocumentSource source) {
        return new Opened(List.of(source), List.of(), () -> { });
    }

    private static Opened zip(Path file) throws IOException {
        ZipFile archive = openZip(file);
        List<DocumentSource> documents = new ArrayList<>();
        List<ReadProblem> skipped = new ArrayList<>();
        for (ZipEntry entry : Collections.list(archive.entries())) {
            if (entry.isDirectory()) {
                continue;
            }
            String name = file + "!/" + entry.getName();
            var reason = ArchiveEntries.skipReason(entry.getName());
            if (reason.isPresent()) {
                skipped.add(skipped(name, reason.get()));
            } else {
                documents.add(DocumentSource.reopenable(name, () -> archive.getInputStream(entry)));
            }
        }
        return new Opened(documents, skipped, archive);
    }

    private static ZipFile openZip(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException badNames) {
            return new ZipFile(file.toFile(), DOS);
        }
    }

    private static InputStream gunzip(InputStream in) throws IOException {
        return new GZIPInputStream(in, 1 << 16);
    }

    private static ReadProblem skipped(String name, String reason) {
        return new ReadProblem(name, -1, "Se omite la entrada del archivo comprimido: " + reason
                + " / Archive entry skipped");
    }
}
