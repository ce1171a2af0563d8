package org.ocdsnacional.harvester.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.protocol.OcdsUrlAdapter;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.TestHarvesters;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bodies reach the reader as they were fetched: ZIP and GZIP opened and text decoded there, within the source's
 * {@code http.maxUnpackedBytes}; what goes wrong is the run's error, naming the ZIP entry.
 */
class DocumentReaderTest {

    private static final String TITLE = "“Papelería” – 1,000 €";

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    @Test
    void everyDataEntryOfAZipIsReadAndWhatWasSkippedOrDecodedAsLatin1IsAWarning() throws IOException {
        Path zip = zip("datos.zip", Map.of(
                "__MACOSX/datos/._a.json", new byte[]{0, 5, 22, 7},
                "datos/a.json", release("a").getBytes(StandardCharsets.UTF_8),
                "datos/b.json", release("b").getBytes(Charset.forName("windows-1252"))));

        HarvestRun run = harvest(zip, 1 << 20);

        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(List.of("a", "b"), sink.releases().stream().map(release -> release.release().id()).sorted()
                .toList());
        assertTrue(sink.releases().stream().allMatch(release ->
                release.release().json().at("/tender/title").asText().equals(TITLE)));
        ValidationReport report = sink.validated.getFirst();
        assertEquals(2, report.warnings(), "the junk entry, and b.json read as Latin-1: " + report.groups());
    }

    @Test
    void aBodyThatUnpacksToMoreThanAllowedFailsTheRunNamingTheSetting() throws IOException {
        byte[] spaces = new byte[4 << 20];
        Arrays.fill(spaces, (byte) ' ');
        Path gzip = dir.resolve("bomb.json");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(spaces);
        }

        HarvestRun run = harvest(gzip, 1 << 20);

        assertEquals(RunState.FAILED, run.state());
        assertEquals("El contenido descomprimido supera 1048576 bytes / The unpacked content exceeds 1048576 bytes "
                + "(http.maxUnpackedBytes)", run.error().orElseThrow().reason());
        assertEquals(1, run.counts().failedRequests());
    }

    @Test
    void malformedJsonInAZipEntryIsNamedWithItsEntryAndByte() throws IOException {
        Path zip = zip("datos.zip", Map.of("datos/a.json", "{\"releases\": [".getBytes(StandardCharsets.UTF_8)));

        HarvestRun run = harvest(zip, 1 << 20);

        assertEquals(RunState.FAILED, run.state());
        String reason = run.error().orElseThrow().reason();
        assertTrue(reason.startsWith("«datos/a.json»: La respuesta no es JSON válido / The response is not valid "
                + "JSON: "), reason);
        assertTrue(reason.endsWith("(byte 14)"), reason);
    }

    @Test
    void aZipWithoutDataSaysSoWithoutAPositionItCannotKnow() throws IOException {
        Path zip = zip("datos.zip", Map.of("__MACOSX/._a.json", new byte[]{0, 5, 22, 7}, "LEEME.txt",
                "Datos abiertos".getBytes(StandardCharsets.UTF_8)));

        HarvestRun run = harvest(zip, 1 << 20);

        assertEquals(RunState.FAILED, run.state());
        String reason = run.error().orElseThrow().reason();
        assertTrue(reason.contains("no contiene datos OCDS"), reason);
        assertFalse(reason.contains("byte -1"), reason);
    }

    @Test
    void aBrokenArchiveOrCompressedStreamCannotBeUnpacked() throws IOException {
        Path zip = Files.write(dir.resolve("broken.zip"), new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        Path truncated = Files.write(dir.resolve("truncated.gz"), truncatedGzip(release("a")));

        for (Path body : List.of(zip, truncated)) {
            HarvestRun run = harvest(body, 1 << 20);

            assertEquals(RunState.FAILED, run.state());
            assertTrue(run.error().orElseThrow().reason().startsWith("No se pudo desempacar la respuesta / Could not "
                    + "unpack the response: "), run.error()::toString);
        }
    }

    private HarvestRun harvest(Path body, long maxUnpackedBytes) throws IOException {
        return TestHarvesters.create(sink, dir.resolve("work")).harvest(TestSources.source("bodies",
                OcdsUrlAdapter.PROTOCOL, Map.of("url", List.of(body.toUri().toString())),
                TestSources.FAST.toBuilder().maxUnpackedBytes(maxUnpackedBytes).build()), RunTrigger.MANUAL,
                ProgressListener.NONE);
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
            }
        }
        return file;
    }

    /** The first half of the GZIP of {@code text}. */
    private static byte[] truncatedGzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
    }

    private static String release(String id) {
        return "{\"ocid\": \"ocds-abc123-" + id + "\", \"id\": \"" + id + "\", \"date\": \"2024-01-01T00:00:00Z\", "
                + "\"tag\": [\"tender\"], \"tender\": {\"title\": \"" + TITLE + "\"}}";
    }
}
