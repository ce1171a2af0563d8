package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shape, container and encoding the reader accepts, and what it does with bad input. */
class OcdsReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OcdsReader READER = OcdsReader.create(MAPPER);

    @TempDir
    Path dir;

    @Test
    void readsAReleasePackageWithItsMetadata() throws Exception {
        Collected got = read("{'version': '1.1', 'uri': 'http://x/p.json', 'publishedDate': '2024-01-01T00:00:00Z',"
                + " 'publisher': {'name': 'Jalisco'}, 'extensions': ['http://e/extension.json', 3],"
                + " 'links': {'next': 'http://x/p2.json'}, 'releases': [" + release("1") + ", " + release("2") + "]}");

        assertEquals(List.of("1", "2"), got.ids());
        PackageMetadata metadata = got.metadata.getFirst();
        assertEquals(Optional.of("1.1"), metadata.version());
        assertEquals(List.of("http://e/extension.json"), metadata.extensions());
        assertEquals("Jalisco", metadata.publisher().orElseThrow().path("name").asText());
        assertEquals(Optional.of("http://x/p2.json"), metadata.nextLink());
        assertEquals(1, got.packages.size());
    }

    @Test
    void metadataAfterTheReleasesOfAFileIsFoundFirst() throws Exception {
        Collected got = read("{'releases': [" + release("1") + "], 'version': '1.1', 'uri': 'http://x/p.json'}");

        assertEquals(Optional.of("1.1"), got.metadata.getFirst().version());
        assertEquals(Optional.of("http://x/p.json"), got.metadata.getFirst().uri());
    }

    @Test
    void metadataAloneIsReadWithoutTheReleases() throws Exception {
        Path file = write("p.json", "{'releases': [" + release("1") + "], 'version': '1.1', 'links': {'next': 'n'}}");

        PackageMetadata metadata = READER.metadata(file).orElseThrow();

        assertEquals(Optional.of("1.1"), metadata.version());
        assertEquals(Optional.of("n"), metadata.nextLink());
    }

    @Test
    void aVersionThatIsNotAStringIsKeptAsPublishedForValidation() throws Exception {
        Collected got = read("{'version': 1.1, 'releases': [" + release("1") + "]}");

        PackageMetadata metadata = got.metadata.getFirst();
        assertEquals(Optional.empty(), metadata.version());
        assertTrue(metadata.declaredVersion().orElseThrow().isNumber());
    }

    @Test
    void readsRecordPackagesWithEmbeddedLinkedAndCompiledOnlyRecords() throws Exception {
        Collected got = read("{'version': '1.1', 'records': ["
                + "{'ocid': 'ocds-a-1', 'releases': [" + release("1") + "]},"
                + "{'ocid': 'ocds-a-2', 'releases': [{'url': 'http://x/r2.json', 'date': '2024-01-01T00:00:00Z', 'tag': ['tender']}],"
                + " 'compiledRelease': {'ocid': 'ocds-a-2', 'id': 'compiled-2', 'date': '2024-01-01T00:00:00Z', 'tag': ['compiled']}}]}");

        assertEquals(List.of("1", "compiled-2"), got.ids());
        assertEquals(List.of(new LinkedRelease("ocds-a-2", "http://x/r2.json", Optional.of("2024-01-01T00:00:00Z"),
                Optional.of(MAPPER.readTree("[\"tender\"]")))), got.links);
    }

    @Test
    void readsBareReleasesRecordsArraysConcatenatedJsonAndJsonLines() throws Exception {
        String record = "{'releases': [" + release("r") + "], 'ocid': 'ocds-a-1'}";
        Collected got = read(release("1") + "\n" + record + "\n[" + release("2") + ", {'version': '1.1', 'releases': ["
                + release("3") + "]}]" + release("4"));

        assertEquals(List.of("1", "r", "2", "3", "4"), got.ids());
        assertEquals(List.of(), got.problems);
    }

    @Test
    void readsThePublishersWrappers() throws Exception {
        Collected got = read("{'arrayReleasePackage': [{'version': '1.1', 'releases': [" + release("1") + "]}]}"
                + "{'pagination': {'total': 1}, 'data': [" + release("2") + "]}");

        assertEquals(List.of("1", "2"), got.ids());
    }

    @Test
    void anEmptyPackageIsNoProblemAndAVersionedReleaseIsNotARelease() throws Exception {
        Collected got = read("{'uri': 'u', 'version': '1.1', 'publishedDate': 'd', 'publisher': {'name': 'n'}}"
                + "{'ocid': 'ocds-a-1', 'initiationType': [{'releaseID': '1', 'releaseDate': 'd', 'releaseTag': ['tender'], 'value': 'tender'}]}");

        assertEquals(List.of(), got.releases);
        assertEquals(1, got.packages.size());
        assertEquals(1, got.problems.size());
        assertTrue(got.problems.getFirst().message().contains("versioned release"), got.problems.toString());
    }

    @Test
    void anEmptyFileWhiteSpaceOrAnEmptyListContainNoOcdsDataAndSaySo() throws Exception {
        for (String empty : List.of("", " \n\t\r\n ", "[]", " [ ] ")) {
            Collected got = new Collected();

            ReadSummary summary = READER.read(Files.writeString(dir.resolve("empty.json"), empty), got);

            assertFalse(summary.containsOcdsData(), "«" + empty + "»");
            assertEquals(1, got.problems.size(), "«" + empty + "»");
            assertTrue(got.problems.getFirst().message().contains("no contiene datos de OCDS / ")
                    && got.problems.getFirst().message().endsWith("it contains no OCDS data"), got.problems.toString());
        }
    }

    @Test
    void anArchiveWithoutDataEntriesContainsNoOcdsDataAndSaysSo() throws Exception {
        Path zip = zip("datos.zip", "LEEME.txt", "nada", "__MACOSX/._a.json", "x");
        Collected got = new Collected();

        ReadSummary summary = READER.read(zip, got);

        assertFalse(summary.containsOcdsData());
        assertEquals(1, got.problems.size());
        assertTrue(got.problems.getFirst().message().contains("it contains no OCDS data"), got.problems.toString());
    }

    @Test
    void anEmptyPackageIsWellFormedButContainsNoOcdsData() throws Exception {
        for (String empty : List.of("{'version': '1.1', 'releases': []}", "{'records': []}")) {
            Collected got = new Collected();

            ReadSummary summary = READER.read(write("empty.json", empty), got);

            assertFalse(summary.containsOcdsData(), empty);
            assertEquals(List.of(), got.problems, empty);
        }
    }

    @Test
    void aRecordWhoseReleasesAreNotAListIsAProblemNotACrash() throws Exception {
        Collected got = read("{'records': [{'ocid': 'ocds-a-1', 'releases': {'a': 1}}, {'ocid': 'ocds-a-2', 'releases': "
                + "'x', 'compiledRelease': " + release("2") + "}]}");

        assertEquals(List.of("2"), got.ids(), "the compiled release of the second record");
        assertEquals(List.of("/records/0/releases", "/records/1/releases"), got.problems.stream()
                .map(ReadProblem::pointer).toList());
    }

    @Test
    void partsThatAreNotOcdsAreProblemsNamingTheirPlaceAndTheRestIsRead() throws Exception {
        Collected got = read("{'releases': [" + release("1") + ", 'texto', {'title': 'sin ocid'}, " + release("2") + "]}"
                + "{'records': [3]} 'suelto'");

        assertEquals(List.of("1", "", "2"), got.ids(), "an object without ocid or id is a release to validate");
        assertEquals(List.of("/releases/1", "/records/0", ""), got.problems.stream().map(ReadProblem::pointer).toList());
        assertEquals(List.of(ReadProblem.Kind.RELEASE_NOT_AN_OBJECT, ReadProblem.Kind.RECORD_NOT_AN_OBJECT,
                ReadProblem.Kind.NOT_OCDS), got.problems.stream().map(ReadProblem::kind).toList());
        assertTrue(got.problems.get(1).offset() > 0);
    }

    @Test
    void malformedJsonStopsWithItsOffsetAfterHandingOverWhatCameBefore() throws Exception {
        Collected got = new Collected();
        Path file = write("bad.json", "{'releases': [" + release("1") + ", {'ocid': }]}");

        ReadException e = assertThrows(ReadException.class, () -> READER.read(file, got));

        assertEquals(List.of("1"), got.ids());
        assertTrue(e.offset() > 50 && e.getMessage().contains("Malformed JSON"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsAReadExceptionNotACrash() throws Exception {
        String full = "{'releases': [" + release("1") + ", " + release("2") + "]}";
        Collected got = new Collected();
        Path file = write("cut.json", full.substring(0, full.length() - 20));

        ReadException e = assertThrows(ReadException.class, () -> READER.read(file, got));

        assertEquals(List.of("1"), got.ids());
        assertTrue(e.getMessage().contains("end-of-input"), e.getMessage());
    }

    @Test
    void aMalformedJsonLineIsSkippedAndTheNextLinesAreRead() throws Exception {
        Collected got = read(release("1") + "\n{'ocid': 'x', \n" + release("2") + "\n" + release("3") + "\n");

        assertEquals(List.of("1", "2", "3"), got.ids());
        assertEquals(1, got.problems.size());
        assertTrue(got.problems.getFirst().message().contains("Malformed JSON line"));
    }

    @Test
    void readsGzipAndZipSkippingJunkEntries() throws Exception {
        Path gzip = dir.resolve("p.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(json("{'releases': [" + release("g") + "]}").getBytes(StandardCharsets.UTF_8));
        }
        Path zip = zip("datos.zip", "contratos 2024/paquete uno.json", "{'releases': [" + release("z1") + "]}",
                "__MACOSX/contratos 2024/._paquete uno.json", "\u0000\u0005junk",
                "contratos 2024/.DS_Store", "\u0000junk",
                "contratos 2024/paquete dos.json", "{'releases': [" + release("z2") + "]}");

        Collected fromGzip = new Collected();
        READER.read(gzip, fromGzip);
        Collected fromZip = new Collected();
        ReadSummary summary = READER.read(zip, fromZip);

        assertEquals(List.of("g"), fromGzip.ids());
        assertEquals(List.of("z1", "z2"), fromZip.ids());
        assertEquals(List.of(), fromZip.problems);
        assertEquals(2, summary.warnings());
    }

    @Test
    void readsEveryDataEntryOfAZipAndSkipsJunkHiddenFilesAndOtherExtensionsWithAWarningEach() throws Exception {
        String title = "Adquisición de papelería";
        Path file = dir.resolve("datos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "__MACOSX/datos/._año 2024.json", new byte[]{0, 5, 22, 7});
            entry(zip, ".DS_Store", new byte[]{0, 0, 0, 1});
            entry(zip, "datos/.borrador.json", json(release("oculto")).getBytes(StandardCharsets.UTF_8));
            entry(zip, "datos/LEEME.pdf", new byte[]{37, 80, 68, 70});
            entry(zip, "datos/diccionario.dat", "campo;tipo".getBytes(StandardCharsets.UTF_8));
            entry(zip, "datos/año 2024.json", json(release("a", title)).getBytes(StandardCharsets.UTF_8));
            entry(zip, "datos/2025.jsonl", json(release("b", title)).getBytes(StandardCharsets.ISO_8859_1));
            entry(zip, "datos/sin extensión", json(release("c")).getBytes(StandardCharsets.UTF_8));
        }
        Collected got = new Collected();

        READER.read(file, got);

        assertEquals(List.of("a", "b", "c"), got.ids());
        assertEquals(title, got.releases.get(1).json().at("/tender/title").asText());
        assertEquals(List.of(), got.problems);
        assertEquals(List.of("__MACOSX/datos/._año 2024.json", ".DS_Store", "datos/.borrador.json", "datos/LEEME.pdf",
                "datos/diccionario.dat", "datos/2025.jsonl"), got.warnings.stream()
                .map(warning -> warning.origin().substring(warning.origin().indexOf("!/") + 2)).toList());
    }

    @Test
    void aBrokenEntryOfAnArchiveIsAProblemAndTheOtherEntriesAreRead() throws Exception {
        Path zip = zip("datos.zip", "a.json", "{'releases': [" + release("a") + ", {", "b.json",
                "{'releases': [" + release("b") + "]}");
        Collected got = new Collected();

        READER.read(zip, got);

        assertEquals(List.of("a", "b"), got.ids());
        assertEquals(1, got.problems.size());
        assertTrue(got.problems.getFirst().origin().endsWith("datos.zip!/a.json"));
    }

    @Test
    void zipsAndGzipsArriveAsStreamsToo() throws Exception {
        Path zip = zip("datos.zip", "a.json", "{'releases': [" + release("a") + "]}", "b.json", release("b"));
        Collected got = new Collected();

        READER.read(Files.newInputStream(zip), "http://x/datos.zip", got);

        assertEquals(List.of("a", "b"), got.ids());
    }

    @Test
    void readsUtf8WithByteOrderMarkAndUtf16() throws Exception {
        String text = json("{'releases': [" + release("1", "Adquisición de medicamentos") + "]}");
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

        for (byte[] bytes : List.of(concat(bom, text.getBytes(StandardCharsets.UTF_8)),
                text.getBytes(StandardCharsets.UTF_16), text.getBytes(StandardCharsets.UTF_16LE))) {
            Collected fromFile = new Collected();
            READER.read(Files.write(dir.resolve("e.json"), bytes), fromFile);
            Collected fromStream = new Collected();
            READER.read(new ByteArrayInputStream(bytes), "stream", fromStream);

            assertEquals("Adquisición de medicamentos", fromFile.releases.getFirst().json().at("/tender/title").asText());
            assertEquals("Adquisición de medicamentos", fromStream.releases.getFirst().json().at("/tender/title").asText());
            assertEquals(List.of(), fromFile.warnings);
        }
    }

    @Test
    void latin1IsReadWithAWarningNamingTheFirstByteThatIsNotUtf8() throws Exception {
        StringBuilder text = new StringBuilder("{\"releases\": [");
        for (int i = 0; i < 50; i++) {
            text.append(json(release("r" + i, i < 40 ? "Papeleria" : "Papelería y cómputo"))).append(i < 49 ? "," : "");
        }
        byte[] latin1 = text.append("]}").toString().getBytes(StandardCharsets.ISO_8859_1);
        long firstAccent = text.toString().indexOf('í');

        Collected fromFile = new Collected();
        READER.read(Files.write(dir.resolve("latin1.json"), latin1), fromFile);
        Collected fromStream = new Collected();
        READER.read(new ByteArrayInputStream(latin1), "stream", fromStream);

        for (Collected got : List.of(fromFile, fromStream)) {
            assertEquals(50, got.releases.size(), "each release once, none repeated after reading again");
            assertEquals("Papelería y cómputo", got.releases.getLast().json().at("/tender/title").asText());
            assertEquals(1, got.warnings.size());
            assertEquals(firstAccent, got.warnings.getFirst().offset());
            assertTrue(got.warnings.getFirst().message().contains("Latin-1"));
        }
    }

    @Test
    void textThatIsNotUtf8IsReadAsWindows1252WithItsQuotesDashesAndEuro() throws Exception {
        String title = "“Papelería” – 1,000 € y más";
        byte[] windows1252 = json("{'releases': [" + release("1", title) + "]}")
                .getBytes(Charset.forName("windows-1252"));

        Collected fromFile = new Collected();
        READER.read(Files.write(dir.resolve("windows-1252.json"), windows1252), fromFile);
        Collected fromStream = new Collected();
        READER.read(new ByteArrayInputStream(windows1252), "stream", fromStream);

        for (Collected got : List.of(fromFile, fromStream)) {
            assertEquals(title, got.releases.getFirst().json().at("/tender/title").asText());
            assertEquals(1, got.warnings.size());
        }
    }

    @Test
    void topLevelValuesThatAreNotOcdsAreProblems() throws Exception {
        Collected got = read("1 'texto' {'a': 1} " + release("1"));

        assertEquals(List.of("1"), got.ids());
        assertEquals(3, got.problems.size());
    }

    private Collected read(String singleQuoted) throws Exception {
        Collected got = new Collected();
        READER.read(write("data.json", singleQuoted), got);
        return got;
    }

    private Path write(String name, String singleQuoted) throws IOException {
        return Files.writeString(dir.resolve(name), json(singleQuoted));
    }

    private Path zip(String name, String... entriesAndContents) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), Charset.forName("UTF-8"))) {
            for (int i = 0; i < entriesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entriesAndContents[i]));
                zip.write(json(entriesAndContents[i + 1]).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String release(String id) {
        return release(id, "Compra " + id);
    }

    private static String release(String id, String title) {
        return "{'ocid': 'ocds-a-" + id + "', 'id': '" + id + "', 'date': '2024-01-01T00:00:00Z', 'tag': ['tender'],"
                + " 'tender': {'title': '" + title + "'}}";
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
