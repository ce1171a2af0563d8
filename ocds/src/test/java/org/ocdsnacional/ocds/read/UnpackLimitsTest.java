package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What GZIP and ZIP may unpack to: bombs are refused as they stream, and what came before is kept. */
class UnpackLimitsTest {

    private static final OcdsReader READER = OcdsReader.create(new ObjectMapper());
    private static final long ONE_MIB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aGzipThatUnpacksToMoreThanAllowedIsRefusedAfterTheReleasesBeforeTheLimit() throws Exception {
        byte[] bomb = padded("{'releases': [" + release("a") + ",", 4 << 20);
        Collected got = new Collected();

        UnpackLimitException e = assertThrows(UnpackLimitException.class,
                () -> READER.read(gzip("bomb.json.gz", bomb), "http://x/bomb.json.gz", ONE_MIB, got));

        assertEquals(UnpackLimitException.Limit.UNPACKED_BYTES, e.limit());
        assertTrue(e.getMessage().contains("El contenido descomprimido supera 1048576 bytes / The unpacked content "
                + "exceeds 1048576 bytes"), e.getMessage());
        assertEquals(List.of("a"), got.ids());
    }

    @Test
    void theEntriesOfAZipCountTogetherAndTheSizesTheyDeclareAreRefusedBeforeAnyReleaseIsRead() throws Exception {
        Path zip = dir.resolve("datos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : List.of("a.json", "b.json")) {
                out.putNextEntry(new ZipEntry(name));
                out.write(padded(release(name), 600 * 1024));
            }
        }
        Collected refused = new Collected();
        Collected allowed = new Collected();

        assertThrows(UnpackLimitException.class, () -> READER.read(zip, "http://x/datos.zip", ONE_MIB, refused));
        READER.read(zip, "http://x/datos.zip", 2 * ONE_MIB, allowed);

        assertEquals(List.of(), refused.releases);
        assertEquals(List.of("a.json", "b.json"), allowed.ids());
    }

    @Test
    void aZipEntryThatUnpacksToMoreThanItDeclaresIsRefusedAsItStreams() throws Exception {
        Path zip = dir.resolve("lying.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.json"));
            out.write(padded(release("a"), 2 << 20));
        }
        declareOneKibibyte(zip);

        assertThrows(UnpackLimitException.class,
                () -> READER.read(zip, "http://x/lying.zip", ONE_MIB, new Collected()));
    }

    @Test
    void aDocumentReadAgainAsLatin1CountsOnce() throws Exception {
        byte[] latin1 = ("{'releases': [" + release("1").replace("Compra", "Adquisición de papelería") + "]}")
                .replace('\'', '"').getBytes(StandardCharsets.ISO_8859_1);
        Path gzip = gzip("latin1.json.gz", latin1);
        Collected got = new Collected();

        READER.read(gzip, "http://x/latin1.json.gz", latin1.length, got);

        assertEquals("Adquisición de papelería", got.releases.getFirst().json().at("/tender/title").asText());
        assertEquals(1, got.warnings.size(), "read again as Latin-1, with a warning");
    }

    @Test
    void aZipOfMoreThan100000EntriesIsRefused() throws Exception {
        Path zip = dir.resolve("entries.zip");
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            out.setMethod(ZipOutputStream.STORED);
            for (int i = 0; i <= 100_000; i++) {
                ZipEntry empty = new ZipEntry("d/" + i);
                empty.setSize(0);
                empty.setCrc(0);
                out.putNextEntry(empty);
            }
        }

        UnpackLimitException e = assertThrows(UnpackLimitException.class,
                () -> READER.read(zip, "http://x/entries.zip", Long.MAX_VALUE, new Collected()));

        assertEquals(UnpackLimitException.Limit.ENTRIES, e.limit());
        assertTrue(e.getMessage().contains("The ZIP has more than 100000 entries"), e.getMessage());
    }

    private Path gzip(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    /** Rewrites the uncompressed size that the central directory of a one-entry archive declares. */
    private static void declareOneKibibyte(Path zip) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = 0; i < bytes.length - 4; i++) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                ByteBuffer.wrap(bytes, i + 24, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(1024);
            }
        }
        Files.write(zip, bytes);
    }

    /** A release followed by spaces up to {@code size} bytes. */
    private static byte[] padded(String release, int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        byte[] json = json(release);
        System.arraycopy(json, 0, bytes, 0, json.length);
        return bytes;
    }

    private static String release(String id) {
        return "{'ocid': 'ocds-a-" + id + "', 'id': '" + id + "', 'date': '2024-01-01T00:00:00Z', 'tag': ['tender'],"
                + " 'tender': {'title': 'Compra'}}";
    }

    private static byte[] json(String singleQuoted) {
        return singleQuoted.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
    }
}
