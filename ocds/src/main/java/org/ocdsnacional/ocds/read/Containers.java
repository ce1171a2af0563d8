package org.ocdsnacional.ocds.read;

import java.io.Closeable;
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

/**
 * Opens what a publisher sends as the JSON documents inside: a plain file, a GZIP file, or the data entries of a
 * ZIP archive (recognised by their first bytes, whatever the name or content type says). Entry names are read as
 * UTF-8, or as the old DOS code page when an archive made on Windows does not decode. What GZIP and ZIP unpack to
 * is metered against an {@link UnpackBudget}, and a ZIP of more than 100,000 entries is refused.
 */
final class Containers {

    private static final int SNIFF = 4;
    private static final Charset DOS = Charset.forName("IBM437");
    private static final int MAX_ENTRIES = 100_000;

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

    /** The documents of a file, and the entries skipped (as warnings). The caller closes it (and so the archive). */
    record Opened(List<DocumentSource> documents, List<ReadProblem> skipped, Closeable resources)
            implements Closeable {

        @Override
        public void close() throws IOException {
            resources.close();
        }
    }

    /** The documents of a file, named after the file itself, with no limit on what they unpack to. */
    static Opened open(Path file) throws IOException {
        return open(file, file.toString(), UnpackBudget.unlimited());
    }

    /** The documents of a file, named after {@code origin} ({@code origin!/entry.json} for an entry). */
    static Opened open(Path file, String origin, UnpackBudget budget) throws IOException {
        return switch (kind(file)) {
            case PLAIN -> single(DocumentSource.reopenable(origin, () -> Files.newInputStream(file)));
            case GZIP -> gzip(file, origin, budget.share());
            case ZIP -> zip(file, origin, budget);
        };
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

    private static Opened gzip(Path file, String origin, UnpackBudget.Share share) {
        return single(DocumentSource.reopenable(origin, () -> share.meter(gunzip(Files.newInputStream(file)))));
    }

    private static Opened zip(Path file, String origin, UnpackBudget budget) throws IOException {
        ZipFile archive = openZip(file);
        try {
            return entries(archive, origin, budget);
        } catch (IOException | RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** The data entries; refused at once when there are too many, or when their declared sizes exceed the budget. */
    private static Opened entries(ZipFile archive, String origin, UnpackBudget budget) throws IOException {
        if (archive.size() > MAX_ENTRIES) {
            throw UnpackLimitException.entries(MAX_ENTRIES);
        }
        List<DocumentSource> documents = new ArrayList<>();
        List<ReadProblem> skipped = new ArrayList<>();
        long declared = 0;
        for (ZipEntry entry : Collections.list(archive.entries())) {
            if (entry.isDirectory()) {
                continue;
            }
            String name = origin + "!/" + entry.getName();
            var reason = ArchiveEntries.skipReason(entry.getName());
            if (reason.isPresent()) {
                skipped.add(skipped(name, entry.getName(), reason.get()));
                continue;
            }
            declared += Math.max(entry.getSize(), 0);
            UnpackBudget.Share share = budget.share();
            documents.add(DocumentSource.reopenable(name, () -> share.meter(archive.getInputStream(entry))));
        }
        budget.declared(declared);
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

    /** A warning naming the entry skipped and why. */
    private static ReadProblem skipped(String origin, String entry, ArchiveEntries.Reason reason) {
        return new ReadProblem(origin, -1, "Se omite la entrada «" + entry + "» del archivo comprimido: " + reason.es()
                + " / Archive entry «" + entry + "» skipped: " + reason.en());
    }
}
