package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Key order in JSON carries no meaning: every release gets its package's whole metadata wherever each key stands,
 * before, after or around the releases or records, in every shape, container and encoding the reader takes.
 */
class MetadataAnywhereTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OcdsReader READER = OcdsReader.create(MAPPER);
    /** Every package-level key, with a value for it. */
    private static final List<String> KEYS = List.of(
            "'version': '1.1'",
            "'extensions': ['https://example.org/a/extension.json', 'https://example.org/b/extension.json']",
            "'publisher': {'name': 'Secretaría de Administración', 'uid': 'SA'}",
            "'license': 'https://datos.gob.mx/libreusomx'",
            "'publishedDate': '2024-02-01T00:00:00Z'",
            "'uri': 'https://example.org/paquete.json'",
            "'publicationPolicy': 'https://example.org/politica'",
            "'links': {'next': 'https://example.org/paquete-2.json'}");
    /** Enough releases for the helper thread to build their trees while the reading goes on. */
    private static final int MANY = 1_200;

    @TempDir
    Path dir;

    @Test
    void eachKeyIsTakenBeforeOrAfterTheReleasesOfAReleasePackage() throws Exception {
        for (String key : KEYS) {
            for (boolean after : List.of(false, true)) {
                String json = after ? "{'releases': " + releases(3) + ", " + key + "}"
                        : "{" + key + ", 'releases': " + releases(3) + "}";

                assertComplete(read(json), 3, key, json);
            }
        }
    }

    @Test
    void eachKeyIsTakenBeforeOrAfterTheRecordsOfARecordPackage() throws Exception {
        for (String key : KEYS) {
            for (boolean after : List.of(false, true)) {
                String json = after ? "{'records': " + records(3) + ", " + key + "}"
                        : "{" + key + ", 'records': " + records(3) + "}";

                assertComplete(read(json), 3, key, json);
            }
        }
    }

    @Test
    void keysAroundTheReleasesOfALargePackageAllReachEveryRelease() throws Exception {
        String json = "{" + String.join(", ", KEYS.subList(0, 3)) + ", 'releases': " + releases(MANY) + ", "
                + String.join(", ", KEYS.subList(3, KEYS.size())) + "}";

        Collected got = read(json);

        assertEquals(MANY, got.releases.size());
        assertWhole(got.metadata.getFirst());
        got.metadata.forEach(metadata -> assertSame(got.metadata.getFirst(), metadata, "one package, one metadata"));
        assertEquals(List.of(got.metadata.getFirst()), got.packages);
    }

    @Test
    void everyPackageOfAListJsonLinesOrAWrapperHasItsOwnMetadataFromAfterItsReleases() throws Exception {
        String first = "{'releases': " + releases(2) + ", 'version': '1.1', 'uri': 'https://example.org/1'}";
        String second = "{'records': " + records(2) + ", 'version': '1.0', 'uri': 'https://example.org/2'}";
        List<String> shapes = List.of("[" + first + ", " + second + "]", first + "\n" + second + "\n",
                "{'arrayReleasePackage': [" + first + ", " + second + "]}",
                "{'recordPackages': [" + first + ", " + second + "], 'pagination': {'total': 2}}");

        for (String shape : shapes) {
            Collected got = read(shape);

            assertEquals(List.of("1.1", "1.1", "1.0", "1.0"), got.metadata.stream()
                    .map(m -> m.version().orElse("none")).toList(), shape);
            assertEquals(List.of("https://example.org/1", "https://example.org/1", "https://example.org/2",
                    "https://example.org/2"), got.metadata.stream().map(m -> m.uri().orElse("none")).toList(), shape);
        }
    }

    @Test
    void theMetadataOfAWrapperAfterItsReleasesReachesTheReleasesItWraps() throws Exception {
        Collected got = read("{'data': [" + release(1) + ", " + release(2) + "], 'version': '1.1'}");

        assertEquals(List.of(Optional.of("1.1"), Optional.of("1.1")), got.metadata.stream()
                .map(PackageMetadata::version).toList());
    }

    @Test
    void metadataAfterTheReleasesIsFoundInGzipZipLatinOneAndUtf16Too() throws Exception {
        String json = json("{'releases': " + releases(MANY) + ", " + String.join(", ", KEYS) + "}");
        Path gzip = dir.resolve("p.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        Path zip = dir.resolve("p.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : List.of("a.json", "b.json")) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(json.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path latin1 = Files.write(dir.resolve("latin1.json"), json.replace("Compra", "Compra de papelería")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path utf16 = Files.write(dir.resolve("utf16.json"), json.getBytes(StandardCharsets.UTF_16));

        for (Path file : List.of(gzip, zip, latin1, utf16)) {
            Collected got = new Collected();
            READER.read(file, got);

            assertEquals(file.equals(zip) ? 2 * MANY : MANY, got.releases.size(), file.toString());
            got.metadata.forEach(MetadataAnywhereTest::assertWhole);
        }
    }

    @Test
    void aStreamIsReadLikeAFile() throws Exception {
        Collected got = new Collected();

        READER.read(Files.newInputStream(write("{'releases': " + releases(3) + ", " + String.join(", ", KEYS) + "}")),
                "https://example.org/paquete.json", got);

        assertEquals(3, got.releases.size());
        got.metadata.forEach(MetadataAnywhereTest::assertWhole);
    }

    @Test
    void theMetadataAloneIsFoundWherever() throws Exception {
        PackageMetadata metadata = READER.metadata(write("{'uri': 'https://example.org/paquete.json', 'releases': "
                + releases(2) + ", 'version': '1.1', 'license': 'https://datos.gob.mx/libreusomx'}")).orElseThrow();

        assertEquals(Optional.of("1.1"), metadata.version());
        assertEquals(Optional.of("https://datos.gob.mx/libreusomx"), metadata.license());
    }

    @Test
    void malformedJsonAfterTheReleasesIsStillTheReadingsErrorWithItsPlace() throws Exception {
        Collected got = new Collected();
        Path file = write("{'releases': " + releases(2) + ", 'version': }");

        ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class,
                () -> READER.read(file, got));

        assertEquals(2, got.releases.size());
        assertTrue(e.offset() > 0, e.getMessage());
    }

    private static void assertComplete(Collected got, int releases, String key, String json) {
        assertEquals(releases, got.releases.size(), json);
        PackageMetadata expected = PackageMetadata.of(readTree("{" + key + "}"));
        for (PackageMetadata metadata : got.metadata) {
            assertEquals(expected, metadata, key + " in " + json);
        }
        assertFalse(got.metadata.isEmpty());
        assertEquals(List.of(got.metadata.getFirst()), got.packages, json);
    }

    private static void assertWhole(PackageMetadata metadata) {
        assertEquals(PackageMetadata.of(readTree("{" + String.join(", ", KEYS) + "}")), metadata);
        assertEquals("Secretaría de Administración", metadata.publisher().orElseThrow().path("name").asText());
        assertEquals(Optional.of("https://datos.gob.mx/libreusomx"), metadata.license());
        assertEquals(2, metadata.extensions().size());
    }

    private Collected read(String singleQuoted) throws Exception {
        Collected got = new Collected();
        READER.read(write(singleQuoted), got);
        return got;
    }

    private Path write(String singleQuoted) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "package-", ".json"), json(singleQuoted));
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String singleQuoted) {
        try {
            return MAPPER.readTree(json(singleQuoted));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String releases(int count) {
        List<String> releases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            releases.add(release(i));
        }
        return "[" + String.join(", ", releases) + "]";
    }

    private static String records(int count) {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add("{'ocid': 'ocds-a-" + i + "', 'releases': [" + release(i) + "]}");
        }
        return "[" + String.join(", ", records) + "]";
    }

    private static String release(int i) {
        return "{'ocid': 'ocds-a-" + i + "', 'id': '" + i + "', 'date': '2024-01-01T00:00:00Z', 'tag': ['tender'], "
                + "'tender': {'id': 't" + i + "', 'title': 'Compra " + i + "', 'items': [{'id': '1', 'quantity': 3}]}}";
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
