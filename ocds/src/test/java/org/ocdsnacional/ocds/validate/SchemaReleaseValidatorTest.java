package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.SchemaSource;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaReleaseValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PackageMetadata V1_1 = version("1.1");
    private static SchemaReleaseValidator validator;

    @BeforeAll
    static void createValidator() {
        validator = SchemaReleaseValidator.create(SharedFixtures.mirror(), MAPPER);
    }

    @Test
    void aValidReleaseHasNoIssues() {
        assertEquals(List.of(), validator.validate(release("{}"), V1_1));
    }

    @Test
    void aMissingRequiredFieldPointsAtTheMissingField() {
        ValidationIssue issue = single(validator.validate(release("{\"tender\": {\"title\": \"Obra\"}}"), V1_1));

        assertEquals(Severity.ERROR, issue.severity());
        assertEquals("schema.required", issue.type());
        assertEquals("/tender/id", issue.path());
        assertEquals("id", issue.field());
        assertEquals("", issue.value());
        assertEquals("Falta el campo obligatorio «id» en /tender", issue.messageEs());
        assertEquals("Required field «id» is missing at /tender", issue.messageEn());
    }

    @Test
    void aMissingTopLevelFieldIsAtTheRoot() {
        ObjectNode json = base();
        json.remove("initiationType");

        ValidationIssue issue = single(validator.validate(new Release(json), V1_1));

        assertEquals("/initiationType", issue.path());
        assertTrue(issue.messageEs().contains("la raíz de la entrega"), issue.messageEs());
    }

    @Test
    void aValueOutsideAClosedCodelistIsOneCodelistErrorNotAlsoAnEnumError() {
        ValidationIssue issue = single(validator.validate(release("{\"tender\": {\"id\": \"1\", \"status\": \"abierta\"}}"), V1_1));

        assertEquals(Severity.ERROR, issue.severity());
        assertEquals("codelist.closed", issue.type());
        assertEquals("/tender/status", issue.path());
        assertEquals("status", issue.field());
        assertEquals("abierta", issue.value());
        assertEquals("tenderStatus.csv", issue.details().get("codelist"));
        assertTrue(issue.messageEs().contains("lista de códigos cerrada «tenderStatus.csv»"), issue.messageEs());
    }

    @Test
    void aValueOutsideAnOpenCodelistIsAWarning() {
        ValidationIssue issue = single(validator.validate(release(
                "{\"tender\": {\"id\": \"1\", \"documents\": [{\"id\": \"d\", \"documentType\": \"oficio\"}]}}"), V1_1));

        assertEquals(Severity.WARNING, issue.severity());
        assertEquals("codelist.open", issue.type());
        assertEquals("/tender/documents/0/documentType", issue.path());
        assertEquals("documentType.csv", issue.details().get("codelist"));
    }

    @Test
    void aBadDateTimeIsAFormatError() {
        ObjectNode json = base();
        json.put("date", "31/05/2024");

        ValidationIssue issue = single(validator.validate(new Release(json), V1_1));

        assertEquals("schema.format", issue.type());
        assertEquals("/date", issue.path());
        assertEquals("date", issue.field());
        assertEquals("31/05/2024", issue.value());
        assertTrue(issue.messageEs().startsWith("«31/05/2024» en /date no es una fecha y hora válida (RFC 3339)"),
                issue.messageEs());
    }

    @Test
    void aNumberInQuotesIsATypeError() {
        ValidationIssue issue = single(validator.validate(
                release("{\"tender\": {\"id\": \"1\", \"value\": {\"amount\": \"1,200.50\", \"currency\": \"MXN\"}}}"), V1_1));

        assertEquals("schema.type", issue.type());
        assertEquals("/tender/value/amount", issue.path());
        assertEquals("amount", issue.field());
        assertEquals("1,200.50", issue.value());
        assertTrue(issue.messageEn().contains("must be a number or null"), issue.messageEn());
    }

    @Test
    void repeatedAwardIdsAreOneDuplicateIdErrorPerId() {
        List<ValidationIssue> issues = validator.validate(
                release("{\"awards\": [{\"id\": \"A1\"}, {\"id\": \"A1\"}, {\"id\": \"A1\"}, {\"id\": \"A2\"}]}"), V1_1);

        ValidationIssue issue = single(issues);
        assertEquals("schema.duplicate_id", issue.type());
        assertEquals("/awards", issue.path());
        assertEquals("id", issue.field());
        assertEquals("A1", issue.value());
    }

    @Test
    void repeatedItemsWithoutIdsAreAUniqueItemsErrorAndEachLacksItsId() {
        List<ValidationIssue> issues = validator.validate(
                release("{\"parties\": [{\"name\": \"SEFIN\"}, {\"name\": \"SEFIN\"}]}"), V1_1);

        assertEquals(List.of("schema.uniqueItems /parties", "field.missing_id /parties/0/id",
                "field.missing_id /parties/1/id"), issues.stream().map(i -> i.type() + " " + i.path()).toList());
    }

    @Test
    void packagesWithoutVersionAreValidatedAs10AndThoseDeclaring11As11() {
        Release release = release("{\"tender\": {\"id\": \"1\", \"status\": \"planning\"}}");

        assertEquals("schema.enum", single(validator.validate(release, PackageMetadata.NONE)).type());
        assertEquals(List.of(), validator.validate(release, V1_1));
        assertEquals("schema.enum", single(validator.validate(release, version("1.0"))).type());
    }

    @Test
    void anUnknownVersionIsReportedOncePerPackageAndValidatedAs11() {
        Release release = release("{\"tender\": {\"id\": \"1\", \"status\": \"planning\"}}");

        ValidationIssue issue = single(validator.validatePackage(version("1.bad")));

        assertEquals(Severity.ERROR, issue.severity());
        assertEquals("version.unknown", issue.type());
        assertEquals("/version", issue.path());
        assertEquals("version", issue.field());
        assertEquals("1.bad", issue.value());
        assertEquals(List.of(), validator.validate(release, version("1.bad")));
    }

    @Test
    void aVersionThatIsNotTextIsMalformed() {
        PackageMetadata number = PackageMetadata.of(MAPPER.createObjectNode().put("version", 1.1));

        ValidationIssue issue = single(validator.validatePackage(number));

        assertEquals("version.malformed", issue.type());
        assertEquals("1.1", issue.value());
        assertTrue(issue.messageEn().contains("in quotes"), issue.messageEn());
    }

    @Test
    void issuesCarryTheOcidAndReleaseId() {
        ValidationIssue issue = single(validator.validate(release("{\"tender\": {\"title\": \"Obra\"}}"), V1_1));

        assertEquals("ocds-213czf-000-00001", issue.ocid());
        assertEquals("ocds-213czf-000-00001-01-tender", issue.releaseId());
    }

    @Test
    void anUnavailableSchemaIsOnePackageWarningThatNothingWasCheckedNotAnException() {
        SchemaSource offline = url -> {
            throw new IOException("Not in the offline mirror: " + url);
        };
        SchemaReleaseValidator blind = SchemaReleaseValidator.create(offline, MAPPER);

        ValidationIssue issue = single(blind.validatePackage(V1_1));

        assertEquals(List.of(), blind.validate(release("{}"), V1_1), "the release was not checked, not invalid");
        assertEquals("schema.unavailable", issue.type());
        assertEquals(Severity.WARNING, issue.severity());
        assertEquals("https://standard.open-contracting.org/schema/1__1__5/release-schema.json", issue.value());
        assertTrue(issue.messageEn().contains("Not in the offline mirror"), issue.messageEn());
        assertTrue(issue.messageEn().contains("not validated"), issue.messageEn());
    }

    /** A valid 1.1 release with {@code fields} added. */
    static Release release(String fields) {
        try {
            ObjectNode json = base();
            json.setAll((ObjectNode) MAPPER.readTree(fields));
            return new Release(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static ObjectNode base() {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("ocid", "ocds-213czf-000-00001");
        json.put("id", "ocds-213czf-000-00001-01-tender");
        json.put("date", "2024-05-31T13:45:00-06:00");
        json.putArray("tag").add("tender");
        json.put("initiationType", "tender");
        return json;
    }

    private static PackageMetadata version(String version) {
        return new PackageMetadata(Optional.of(version), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ValidationIssue single(List<ValidationIssue> issues) {
        assertEquals(1, issues.size(), () -> "expected one issue, got " + issues);
        return issues.getFirst();
    }
}
