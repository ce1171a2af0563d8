package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadSummary;
import org.ocdsnacional.ocds.schema.ShippedSchemaSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Releases that are not objects, or are empty objects, are invalid releases, each reported where it is, as the
 * Data Review Tool reports them: not "no OCDS data", and never an exception; streamed or held in memory alike.
 */
class InvalidReleasesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaReleaseValidator VALIDATOR = SchemaReleaseValidator.create(ShippedSchemaSource.create(),
            MAPPER);
    private static final String RELEASES = "[\"texto\", 5, null, [1], {}, {\"title\": \"sin ocid ni id\"}]";
    private static final String FIELDS = "\"version\": \"1.1\", \"uri\": \"https://example.org/p.json\", "
            + "\"publishedDate\": \"2024-01-01T00:00:00Z\", \"publisher\": {\"name\": \"Municipio\"}";

    @TempDir
    Path folder;

    @Test
    void eachReleaseThatIsNotAnObjectIsATypeErrorWhereItIsAndEmptyOnesAreCheckedAsReleases() throws Exception {
        Path file = Files.writeString(folder.resolve("p.json"), "{" + FIELDS + ", \"releases\": " + RELEASES + "}");
        PublicationValidation validation = PublicationValidation.start(VALIDATOR, ReportLimits.DEFAULTS);
        validation.document(file);

        ReadSummary read = OcdsReader.create(MAPPER).read(file, new ValidationVisitor(validation));
        ValidationReport report = validation.report();

        assertTrue(read.containsOcdsData(), "invalid releases are OCDS data, not nothing");
        assertEquals(2, read.releases());
        assertEquals(4, read.invalid());
        assertFalse(report.valid());
        assertEquals(List.of("/releases/0", "/releases/1", "/releases/2", "/releases/3"), report.issues().stream()
                .filter(issue -> issue.type().equals("schema.type")).map(ValidationIssue::path).toList());
        assertTrue(report.issues().getFirst().messageEs().startsWith("La entrega no es un objeto JSON sino un texto"),
                report.issues().getFirst().messageEs());
        assertEquals(2, count(report, "schema.required /ocid"), "each empty release lacks its ocid");
        assertEquals(2, count(report, "schema.required /date"));
    }

    @Test
    void theSameReleasesHeldInMemoryAreTheSameErrorsNotAnException() throws Exception {
        ValidationReport report = PackageValidator.create(VALIDATOR, ReportLimits.DEFAULTS)
                .validate(MAPPER.readTree("{" + FIELDS + ", \"releases\": " + RELEASES + "}"));

        assertEquals(4, count(report, "schema.type /releases"));
        assertEquals(2, count(report, "schema.required /releases/ocid"));
    }

    @Test
    void aRecordOrARecordsReleaseThatIsNotAnObjectIsAnInvalidRecordOrRelease() throws Exception {
        Path file = Files.writeString(folder.resolve("r.json"), "{" + FIELDS + ", \"records\": [\"registro\", "
                + "{\"ocid\": \"ocds-abc123-1\", \"releases\": [7]}]}");
        PublicationValidation validation = PublicationValidation.start(VALIDATOR, ReportLimits.DEFAULTS);

        ReadSummary read = OcdsReader.create(MAPPER).read(file, new ValidationVisitor(validation));
        ValidationReport report = validation.report();

        assertEquals(2, read.invalid());
        assertEquals(List.of("/records/0", "/records/1/releases/0"), report.issues().stream()
                .filter(issue -> issue.type().equals("schema.type")).map(ValidationIssue::path).toList());
        assertTrue(report.issues().getFirst().messageEn().startsWith("The record is not a JSON object but a string"),
                report.issues().getFirst().messageEn());
    }

    private static long count(ValidationReport report, String key) {
        return report.groups().stream().filter(group -> group.key().equals(key)).mapToLong(IssueGroup::count).sum();
    }
}
