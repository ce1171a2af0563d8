package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Releases checked on worker threads make the report that one thread makes, issue for issue and in order. */
class ConcurrentValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SchemaReleaseValidator validator;

    @TempDir
    Path folder;

    @BeforeAll
    static void createValidator() {
        validator = SchemaReleaseValidator.create(SharedFixtures.mirror(), MAPPER);
    }

    @Test
    void theReportIsTheOneOfASingleThreadWhateverTheNumberOfWorkers() throws IOException, ReadException {
        Path file = Files.writeString(folder.resolve("packages.json"), "[" + pkg("1.1", 0, 400) + ","
                + pkg("1.0", 400, 250) + "," + pkg("1.1", 650, 90) + "]");
        String alone = json(alone(file));

        for (int threads : List.of(1, 2, 5)) {
            assertEquals(alone, json(concurrent(file, threads)), threads + " workers");
        }
        ValidationReport report = alone(file);
        assertEquals(740 + 3, report.summary().releases(), "each package repeats one release");
        List<String> keys = report.groups().stream().map(IssueGroup::key).toList();
        for (String expected : List.of("schema.required /date", "codelist.closed /tender/value/currency",
                "schema.duplicate_release ", "schema.type /releases", "schema.required /publisher")) {
            assertTrue(keys.stream().anyMatch(key -> key.startsWith(expected)), expected + " in " + keys);
        }
    }

    @Test
    void aTextThatIsNotUtf8IsReportedInItsTurn() throws IOException, ReadException {
        Path file = Files.write(folder.resolve("latin1.json"), pkg("1.1", 0, 100).replace("\"tender\"]",
                "\"tender\"], \"title\": \"licitación\"").getBytes(StandardCharsets.ISO_8859_1));

        ValidationReport report = alone(file);

        assertTrue(report.groups().stream().anyMatch(group -> group.key().startsWith("read.workaround")),
                report.groups().toString());
        assertEquals(json(report), json(concurrent(file, 2)));
    }

    private static ValidationReport alone(Path file) throws IOException, ReadException {
        PublicationValidation validation = PublicationValidation.start(validator, ReportLimits.DEFAULTS);
        validation.document(file);
        OcdsReader.create(MAPPER).read(file, new ValidationVisitor(validation));
        return validation.report();
    }

    private static ValidationReport concurrent(Path file, int threads) throws IOException, ReadException {
        PublicationValidation validation = PublicationValidation.start(validator, ReportLimits.DEFAULTS);
        try (ConcurrentValidation releases = ConcurrentValidation.of(validation, threads)) {
            validation.document(file);
            OcdsReader.create(MAPPER).read(file, releases);
            return releases.report();
        }
    }

    private static String json(ValidationReport report) throws IOException {
        return MAPPER.writeValueAsString(report);
    }

    /**
     * A package of {@code count} releases from number {@code first}, a few of them invalid each its own way, one
     * repeated, and an element of its releases that is not an object; the second package has no publisher.
     */
    private static String pkg(String version, int first, int count) {
        StringJoiner releases = new StringJoiner(",");
        for (int i = first; i < first + count; i++) {
            String date = i % 7 == 3 ? "" : "\"date\": \"2024-01-01T00:00:00Z\", ";
            String currency = i % 11 == 5 ? "PESOS" : "MXN";
            releases.add("{\"ocid\": \"ocds-abc123-" + i / 3 + "\", \"id\": \"" + i + "\", " + date
                    + "\"tag\": [\"tender\"], \"initiationType\": \"tender\", \"tender\": {\"id\": \"t" + i
                    + "\", \"value\": {\"amount\": " + (i % 13 == 4 ? -i : i) + ", \"currency\": \"" + currency
                    + "\"}}}");
            if (i == first + count / 2) {
                releases.add("42");
                releases.add("{\"ocid\": \"ocds-abc123-" + i / 3 + "\", \"id\": \"" + i + "\", "
                        + "\"date\": \"2024-01-01T00:00:00Z\", \"tag\": [\"tender\"], \"initiationType\": \"tender\"}");
            }
        }
        String publisher = first == 400 ? "" : "\"publisher\": {\"name\": \"X\"}, ";
        return "{\"version\": \"" + version + "\", \"uri\": \"https://example.org/p.json\", " + publisher
                + "\"publishedDate\": \"2024-01-01T00:00:00Z\", \"releases\": [" + releases + "]}";
    }
}
