package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.schema.ChainedSchemaSource;
import org.ocdsnacional.ocds.schema.SchemaSource;
import org.ocdsnacional.ocds.schema.ShippedSchemaSource;

import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An extension that cannot be had is told once per extension, as a warning that the data could not be checked
 * against it: not once per release, nor once per package, however many declare it.
 */
class UnavailableExtensionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PACKAGES = 40;
    private static final int RELEASES_PER_PACKAGE = 30;
    private static final List<String> GONE = List.of(
            "https://raw.githubusercontent.com/contratacionesabiertas/ocds_taxes_extension/master/extension.json",
            "https://raw.githubusercontent.com/contratacionesabiertas/ocds_guarantees_extension/master/extension.json",
            "https://raw.githubusercontent.com/contratacionesabiertas/ocds_budgetLines_extension/master/extension.json",
            "https://raw.githubusercontent.com/contratacionesabiertas/ocds_awardRationale_extension/master/extension.json",
            "https://raw.githubusercontent.com/contratacionesabiertas/ocds_publicNotices_extension/master/extension.json");

    @TempDir
    Path folder;

    @Test
    void fiveUnavailableExtensionsAreFiveWarningsWhateverTheNumberOfPackagesAndReleases() throws Exception {
        Path file = folder.resolve("paquetes.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int p = 0; p < PACKAGES; p++) {
            lines.append(pkg(p)).append('\n');
        }
        Files.writeString(file, lines);
        SchemaSource noNetwork = url -> {
            throw new ConnectException("No network in this test: " + url);
        };
        SchemaReleaseValidator validator = SchemaReleaseValidator.create(
                ChainedSchemaSource.of(List.of(ShippedSchemaSource.create(), noNetwork)), MAPPER);
        PublicationValidation validation = PublicationValidation.start(validator, ReportLimits.DEFAULTS);
        List<ValidationIssue> releaseIssues = new ArrayList<>();

        OcdsReader.create(MAPPER).read(file, (release, info) -> releaseIssues.addAll(validation.release(release, info)));
        ValidationReport report = validation.report();

        assertEquals(PACKAGES * RELEASES_PER_PACKAGE, report.summary().releases());
        assertEquals(List.of(), releaseIssues, "no release is the worse for an extension nobody could read");
        List<IssueGroup> unavailable = report.groups().stream()
                .filter(group -> group.type().equals("extension.unavailable")).toList();
        assertEquals(GONE.size(), unavailable.stream().mapToLong(IssueGroup::count).sum(), report.groups().toString());
        assertTrue(unavailable.stream().allMatch(group -> group.severity() == Severity.WARNING));
        assertEquals(0, report.errors());
        assertTrue(report.valid());
        assertEquals(false, report.complete());
    }

    private static String pkg(int p) {
        List<String> releases = new ArrayList<>();
        for (int r = 0; r < RELEASES_PER_PACKAGE; r++) {
            String ocid = "ocds-abc123-" + p + "-" + r;
            releases.add("{\"ocid\": \"" + ocid + "\", \"id\": \"1\", \"date\": \"2024-01-01T00:00:00Z\", \"tag\": "
                    + "[\"tender\"], \"initiationType\": \"tender\"}");
        }
        return "{\"version\": \"1.1\", \"uri\": \"https://example.org/" + p + ".json\", \"publishedDate\": "
                + "\"2024-01-01T00:00:00Z\", \"publisher\": {\"name\": \"Municipio\"}, \"extensions\": [\""
                + String.join("\", \"", GONE) + "\"], \"releases\": [" + String.join(", ", releases) + "]}";
    }
}
