package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.io.OutputStream;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A publication validated as a stream: documents, packages, releases, and what the report keeps of them. */
class PublicationValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SchemaReleaseValidator validator;

    @TempDir
    Path folder;

    @BeforeAll
    static void createValidator() {
        validator = SchemaReleaseValidator.create(SharedFixtures.mirror(), MAPPER);
    }

    @Test
    void aHundredThousandIdenticalErrorsAreOneGroupAndTheReportStaysSmall() throws IOException, ReadException {
        Path file = folder.resolve("big.json");
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            out.writeStartObject();
            writePackageFields(out);
            out.writeArrayFieldStart("releases");
            for (int i = 0; i < 100_000; i++) {
                out.writeStartObject();
                out.writeStringField("ocid", "ocds-abc123-" + i);
                out.writeStringField("id", "1");
                out.writeArrayFieldStart("tag");
                out.writeString("tender");
                out.writeEndArray();
                out.writeStringField("initiationType", "tender");
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        }

        ValidationReport report = validate(file);

        assertEquals(100_000, report.errors());
        IssueGroup group = report.groups().getFirst();
        assertEquals("schema.required /date", group.key());
        assertEquals(100_000, group.count());
        assertEquals(ReportLimits.DEFAULTS.keptIssues(), report.issues().size());
        assertTrue(report.issuesTruncated());
        assertEquals(100_000, report.summary().releases());
        assertFalse(report.summary().exact(), "more distinct ocids than are counted exactly");
        assertEquals(100_000, report.summary().ocids(), 2_000);
    }

    @Test
    void aReleaseWithThousandsOfIssuesKeepsSomeAndCountsTheRest() throws IOException {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            items.append(i == 0 ? "" : ",").append("{\"name\": \"p").append(i).append("\"}");
        }
        Release release = new Release((ObjectNode) MAPPER.readTree(release("ocds-abc123-1", "1",
                ", \"parties\": [" + items + "]")));

        List<ValidationIssue> issues = validator.validate(release, packageOf("1.1"));

        assertEquals(ValidationOptions.DEFAULTS.maxIssuesPerRelease() + 1, issues.size());
        ValidationIssue truncated = issues.getLast();
        assertEquals("validation.truncated", truncated.type());
        assertEquals(Integer.toString(2_000 - ValidationOptions.DEFAULTS.maxIssuesPerRelease()),
                truncated.details().get("omitted"));
    }

    @Test
    void aReleaseRepeatedInAPackageIsADuplicate() throws IOException, ReadException {
        Path file = write("{\"version\": \"1.1\", \"uri\": \"https://example.org/p.json\", \"publishedDate\": "
                + "\"2024-01-01T00:00:00Z\", \"publisher\": {\"name\": \"X\"}, \"releases\": ["
                + release("ocds-abc123-1", "1", "") + "," + release("ocds-abc123-1", "1", "") + ","
                + release("ocds-abc123-1", "2", "") + "]}");

        ValidationReport report = validate(file);

        assertEquals(List.of("schema.duplicate_release "), report.groups().stream().map(IssueGroup::key).toList());
        assertEquals("ocds-abc123-1, 1", report.issues().getFirst().value());
        assertEquals(1, report.summary().duplicateReleaseIds().count());
    }

    @Test
    void aCallerThatDropsRepeatsItselfIsNotToldOfThem() throws IOException, ReadException {
        Path file = write("{\"version\": \"1.1\", \"uri\": \"https://example.org/p.json\", \"publishedDate\": "
                + "\"2024-01-01T00:00:00Z\", \"publisher\": {\"name\": \"X\"}, \"releases\": ["
                + release("ocds-abc123-1", "1", "") + "," + release("ocds-abc123-1", "1", "") + "]}");
        PublicationValidation validation = PublicationValidation.startDeduplicated(validator, ReportLimits.DEFAULTS);
        validation.document(file);
        OcdsReader.create(MAPPER).read(file, validation::release);

        ValidationReport report = validation.report();

        assertEquals(List.of(), report.groups().stream().map(IssueGroup::key).toList());
        assertEquals(2, report.summary().releases());
    }

    @Test
    void aPackagesDeclarationsAreReportedOnceAndItsOwnFieldsAreChecked() throws IOException, ReadException {
        Path file = write("{\"version\": \"1.1\", \"extensions\": [\"https://not-mirrored.example.org/x/extension.json\"],"
                + " \"releases\": [" + release("ocds-abc123-1", "1", "") + "," + release("ocds-abc123-2", "1", "")
                + "]}");

        ValidationReport report = validate(file);

        List<String> keys = report.groups().stream().map(group -> group.key() + " ×" + group.count()).toList();
        assertTrue(keys.contains("extension.unavailable /extensions ×1"), keys.toString());
        assertTrue(keys.contains("schema.required /publisher ×1") && keys.contains("schema.required /uri ×1"),
                keys.toString());
        assertFalse(report.profiles().getFirst().extensions().getFirst().applied());
        IssueGroup uri = report.groups().stream().filter(group -> group.key().equals("schema.required /uri"))
                .findFirst().orElseThrow();
        assertEquals("Falta el campo obligatorio «uri» en la raíz del paquete (package)", uri.messageEs());
        assertEquals("Required field «uri» is missing at the package root", uri.messageEn());
    }

    @Test
    void thePackageFieldsOfAGzipZipOrLatinOneFileAreCheckedAsThoseOfAPlainOne() throws IOException, ReadException {
        String pkg = "{\"version\": \"1.1\", \"releases\": [" + release("ocds-abc123-1", "1", "") + "]}";
        Path gzip = folder.resolve("p.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
            out.write(pkg.getBytes(StandardCharsets.UTF_8));
        }
        Path zip = folder.resolve("p.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : List.of("a.json", "b.json")) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(pkg.getBytes(StandardCharsets.UTF_8));
            }
        }
        Path latin1 = Files.write(folder.resolve("latin1.json"), pkg.replace("\"1\"", "\"licitación\"")
                .getBytes(StandardCharsets.ISO_8859_1));

        for (Path file : List.of(write(pkg), gzip, zip, latin1)) {
            List<String> keys = validate(file).groups().stream().map(g -> g.key() + " ×" + g.count()).toList();

            long documents = file.equals(zip) ? 2 : 1;
            assertTrue(keys.contains("schema.required /publisher ×" + documents), file + " " + keys);
            assertTrue(keys.contains("schema.required /uri ×" + documents), file + " " + keys);
        }
    }

    private ValidationReport validate(Path file) throws IOException, ReadException {
        PublicationValidation validation = PublicationValidation.start(validator, ReportLimits.DEFAULTS);
        validation.document(file);
        OcdsReader.create(MAPPER).read(file, validation::release);
        return validation.report();
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(folder, "package-", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static String release(String ocid, String id, String more) {
        return "{\"ocid\": \"" + ocid + "\", \"id\": \"" + id + "\", \"date\": \"2024-01-01T00:00:00Z\", "
                + "\"tag\": [\"tender\"], \"initiationType\": \"tender\"" + more + "}";
    }

    private static void writePackageFields(JsonGenerator out) throws IOException {
        out.writeStringField("version", "1.1");
        out.writeStringField("uri", "https://example.org/big.json");
        out.writeStringField("publishedDate", "2024-01-01T00:00:00Z");
        out.writeObjectFieldStart("publisher");
        out.writeStringField("name", "Publicador de prueba");
        out.writeEndObject();
    }

    private static PackageMetadata packageOf(String version) {
        return new PackageMetadata(Optional.of(version), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
