package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.profile.ExtensionOutcome;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.ChainedSchemaSource;
import org.ocdsnacional.ocds.schema.SchemaSource;
import org.ocdsnacional.ocds.schema.ShippedSchemaSource;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validation with no mirror and no network: the shipped schemas and extensions are enough, and an extension that
 * cannot be had leaves the data unchecked against it, never invalid.
 */
class ShippedSchemasValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String GUARANTEES =
            "https://raw.githubusercontent.com/INAImexico/ocds_guarantees_extension/master/extension.json";
    private static final String PUBLIC_NOTICES =
            "https://raw.githubusercontent.com/INAImexico/ocds_publicNotices_extension/master/extension.json";
    private static final String NOWHERE = "https://extensions.example.org/ocds_nowhere_extension/extension.json";

    @TempDir
    Path folder;

    /** Every URL the network was asked for: it is never there. */
    private final List<URI> network = new ArrayList<>();

    @Test
    void aPackageOfEitherVersionIsValidatedAgainstTheShippedSchemasAndExtensions() throws Exception {
        ValidationReport v11 = validate(pkg("\"version\": \"1.1\", \"extensions\": [\"" + GUARANTEES + "\", \""
                + PUBLIC_NOTICES + "\"]", ", \"contracts\": [{\"id\": \"c1\", \"awardID\": \"a1\", "
                + "\"guarantees\": [{\"id\": \"g1\", \"type\": \"fianza\"}]}], \"awards\": [{\"id\": \"a1\"}]"));
        ValidationReport v10 = validate(pkg("", ""));

        assertEquals(List.of(), network, "nothing asked of the network");
        assertTrue(v11.valid() && v11.complete(), v11.groups().toString());
        assertEquals(List.of(), keys(v11, "field.additional"), "guarantees are in the extended schema");
        assertEquals(List.of(true, true), v11.profiles().getFirst().extensions().stream()
                .map(ExtensionOutcome::applied).toList());
        assertEquals("1.0", v10.profiles().getFirst().version());
        assertTrue(v10.valid() && v10.complete(), v10.groups().toString());
    }

    @Test
    void anExtensionThatCannotBeHadLeavesTheDataUncheckedAgainstItNotInvalid() throws Exception {
        ValidationReport report = validate(pkg("\"version\": \"1.1\", \"extensions\": [\"" + GUARANTEES + "\", \""
                + NOWHERE + "\"]", ""));

        assertEquals(List.of(URI.create(NOWHERE)), network);
        assertTrue(report.valid(), report.groups().toString());
        assertFalse(report.complete());
        IssueGroup unavailable = report.groups().stream().filter(g -> g.type().equals("extension.unavailable"))
                .findFirst().orElseThrow();
        assertEquals(Severity.WARNING, unavailable.severity());
        assertEquals(1, unavailable.count());
        assertTrue(unavailable.messageEn().contains("not validated against this extension"), unavailable.messageEn());
        assertTrue(unavailable.messageEs().contains("no se validaron contra esta extensión"), unavailable.messageEs());
    }

    @Test
    void theVersionAndExtensionsAfterTheReleasesOrRecordsAreTheOnesValidatedAgainst() throws Exception {
        String declarations = "\"version\": \"1.1\", \"extensions\": [\"" + GUARANTEES + "\"]";
        String release = "{\"ocid\": \"ocds-abc123-1\", \"id\": \"1\", \"date\": \"2024-01-01T00:00:00Z\", "
                + "\"tag\": [\"award\"], \"initiationType\": \"tender\", \"parties\": [{\"id\": \"p1\", "
                + "\"name\": \"Constructora\", \"roles\": [\"supplier\"]}], \"awards\": [{\"id\": \"a1\", "
                + "\"suppliers\": [{\"id\": \"p1\", \"name\": \"Constructora\"}]}], \"contracts\": [{\"id\": "
                + "\"c1\", \"awardID\": \"a1\", \"guarantees\": [{\"id\": \"g1\"}]}]}";
        String fields = "\"uri\": \"https://example.org/p.json\", \"publishedDate\": \"2024-01-01T00:00:00Z\", "
                + "\"publisher\": {\"name\": \"Municipio\"}";

        for (String pkg : List.of("{" + fields + ", \"releases\": [" + release + "], " + declarations + "}",
                "{" + fields + ", \"records\": [{\"ocid\": \"ocds-abc123-1\", \"releases\": [" + release + "]}], "
                        + declarations + "}")) {
            ValidationReport report = validate(pkg);

            assertEquals("1.1", report.profiles().getFirst().version(), pkg);
            assertTrue(report.profiles().getFirst().extensions().getFirst().applied(), pkg);
            assertEquals(List.of(), keys(report, "field.additional"), "parties and guarantees are known: " + pkg);
            assertTrue(report.valid() && report.complete(), report.groups().toString());
        }
    }

    private ValidationReport validate(String json) throws IOException, ReadException {
        SchemaSource noNetwork = url -> {
            network.add(url);
            throw new ConnectException("No network in this test: " + url);
        };
        SchemaReleaseValidator validator = SchemaReleaseValidator.create(
                ChainedSchemaSource.of(List.of(ShippedSchemaSource.create(), noNetwork)), MAPPER);
        Path file = Files.createTempFile(folder, "package-", ".json");
        Files.writeString(file, json);
        PublicationValidation validation = PublicationValidation.start(validator, ReportLimits.DEFAULTS);
        validation.document(file);
        OcdsReader.create(MAPPER).read(file, validation::release);
        return validation.report();
    }

    private static String pkg(String declarations, String more) {
        return "{" + declarations + (declarations.isEmpty() ? "" : ", ") + "\"uri\": \"https://example.org/p.json\", "
                + "\"publishedDate\": \"2024-01-01T00:00:00Z\", \"publisher\": {\"name\": \"Municipio\"}, "
                + "\"releases\": [{\"ocid\": \"ocds-abc123-1\", \"id\": \"1\", \"date\": \"2024-01-01T00:00:00Z\", "
                + "\"tag\": [\"tender\"], \"initiationType\": \"tender\"" + more + "}]}";
    }

    private static List<String> keys(ValidationReport report, String type) {
        return report.groups().stream().filter(g -> g.type().equals(type)).map(IssueGroup::key).toList();
    }
}
