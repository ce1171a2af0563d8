package org.ocdsnacional.harvester.unpack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnpackerTest {

    private static final String JSON = "{\"title\":\"Adquisición de papelería\"}";

    @TempDir
    Path dir;

    @Test
    void readsTheDataEntriesOfAZipAndSkipsTheJunk() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "__MACOSX/._a.json", new byte[]{0, 5, 22, 7});
            entry(zip, ".DS_Store", new byte[]{0, 0, 0, 1});
            entry(zip, "datos/LEEME.pdf", new byte[]{37, 80, 68, 70});
            entry(zip, "datos/año 2024.json", JSON.getBytes(StandardCharsets.UTF_8));
            entry(zip, "datos/2025.jsonl", JSON.getBytes(StandardCharsets.ISO_8859_1));
        }
        List<String> read = parts(Files.write(dir.resolve("body"), bytes.toByteArray()), 1 << 20);
        assertEquals(List.of("datos/año 2024.json: " + JSON, "datos/2025.jsonl: " + JSON), read);
    }

    @Test
    void readsGzipAndTranscodesLatin1ButLeavesUtf8AndItsBomAlone() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(JSON.getBytes(StandardCharsets.ISO_8859_1));
        }
        assertEquals(List.of(": " + JSON), parts(Files.write(dir.resolve("gz"), bytes.toByteArray()), 1 << 20));
        String bom = "\uFEFF" + JSON;
        assertEquals(List.of(": " + bom), parts(Files.writeString(dir.resolve("bom"), bom), 1 << 20));
    }

    @Test
    void refusesWhatUnpacksToMoreThanAllowed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(new byte[4 << 20]);
        }
        Path bomb = Files.write(dir.resolve("bomb"), bytes.toByteArray());
        UnpackException e = assertThrows(UnpackException.class, () -> parts(bomb, 1 << 20));
        assertTrue(e.reason().contains("exceeds 1048576 bytes"), e.reason());
        try (var left = Files.list(dir.resolve("work"))) {
            assertEquals(0, left.count(), "no temporary file left");
        }
    }

    private List<String> parts(Path body, long limit) throws IOException, UnpackException {
        List<String> read = new ArrayList<>();
        Unpacker.create(dir.resolve("work")).forEachPart(body, limit, part -> read.add(part.name() + ": "
                + text(part.file())));
        return read;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
