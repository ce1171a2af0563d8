package org.ocdsnacional.harvester.unpack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Hands each part of a body to a reader, one at a time: the entries of a ZIP, the content of a GZIP, or the body
 * itself, each made UTF-8. Containers are recognised by their first bytes, not by name or content type.
 */
public final class Unpacker {

    private static final int ZIP_MAGIC = 0x504B0304;
    private static final int GZIP_MAGIC = 0x1F8B;
    private static final List<String> DATA_EXTENSIONS = List.of("json", "jsonl", "ndjson", "geojson", "");
    private static final int MAX_ENTRIES = 100_000;

    private final Path workDir;

    private Unpacker(Path workDir) {
        this.workDir = workDir;
    }

    /** An unpacker that writes temporary files under {@code workDir}. */
    public static Unpacker create(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        return new Unpacker(workDir);
    }

    /**
     * Reads every part of {@code body} with {@code reader}.
     *
     * @param maxUnpackedBytes most bytes that the parts of one body may unpack to, all together
     */
    public void forEachPart(Path body, long maxUnpackedBytes, PartReader reader) throws UnpackException {
        try {
            int magic = magic(body);
            Budget budget = new Budget(maxUnpackedBytes);
            if (magic == ZIP_MAGIC) {
                zip(body, budget, reader);
            } else if (magic >>> 16 == GZIP_MAGIC) {
                gzip(body, budget, reader);
            } else {
                text("", body, Files.size(body), reader);
            }
        } catch (IOException e) {
            throw new UnpackException("No se pudo desempacar la respuesta / Could not unpack the response: "
                    + e.getMessage(), e);
        }
    }

    private void zip(Path body, Budget budget, PartReader reader) throws IOException, UnpackException {
        try (ZipFile zip = openZip(body)) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            if (entries.size() > MAX_ENTRIES) {
                throw new UnpackException("El ZIP tiene más de " + MAX_ENTRIES + " entradas / The ZIP has more than "
                        + MAX_ENTRIES + " entries", null);
            }
            for (ZipEntry entry : entries) {
                if (isData(entry)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        unpacked(entry.getName(), in, budget, reader);
                    }
                }
            }
        }
    }

    private void gzip(Path body, Budget budget, PartReader reader) throws IOException, UnpackException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(body), 64 * 1024)) {
            unpacked("", in, budget, reader);
        }
    }

    private void unpacked(String name, InputStream in, Budget budget, PartReader reader)
            throws IOException, UnpackException {
        Path file = Files.createTempFile(workDir, "part-", ".json");
        try {
            long bytes = budget.copy(in, file);
            text(name, file, bytes, reader);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void text(String name, Path file, long bytes, PartReader reader) throws IOException {
        if (!Utf8.needsTranscoding(file)) {
            reader.read(new Part(name, file, bytes));
            return;
        }
        Path utf8 = Files.createTempFile(workDir, "utf8-", ".json");
        try {
            Utf8.transcode(file, utf8);
            reader.read(new Part(name, utf8, Files.size(utf8)));
        } finally {
            Files.deleteIfExists(utf8);
        }
    }

    /** Skips folders, macOS and Windows debris, hidden files and documents that are not JSON. */
    static boolean isData(ZipEntry entry) {
        String name = entry.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        if (entry.isDirectory() || name.contains("__MACOSX/") || base.startsWith(".") || base.equals("Thumbs.db")) {
            return false;
        }
        int dot = base.lastIndexOf('.');
        String extension = dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
        return DATA_EXTENSIONS.contains(extension);
    }

    private static ZipFile openZip(Path body) throws IOException {
        try {
            return new ZipFile(body.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException legacyNames) {
            return new ZipFile(body.toFile(), Charset.forName("IBM437"));
        }
    }

    private static int magic(Path body) throws IOException {
        try (InputStream in = Files.newInputStream(body)) {
            byte[] head = in.readNBytes(4);
            int magic = 0;
            for (byte b : head) {
                magic = (magic << 8) | (b & 0xff);
            }
            return head.length == 4 ? magic : magic << (8 * (4 - head.length));
        }
    }

    /** What the parts of one body may still unpack to. */
    private static final class Budget {
        private long left;
        private final long limit;

        Budget(long limit) {
            this.left = limit;
            this.limit = limit;
        }

        long copy(InputStream in, Path to) throws IOException, UnpackException {
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            try (OutputStream out = Files.newOutputStream(to)) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    written += read;
                    left -= read;
                    if (left < 0) {
                        throw new UnpackException("El contenido descomprimido supera " + limit + " bytes / The "
                                + "unpacked content exceeds " + limit + " bytes (http.maxUnpackedBytes)", null);
                    }
                    out.write(buffer, 0, read);
                }
            }
            return written;
        }
    }
}
