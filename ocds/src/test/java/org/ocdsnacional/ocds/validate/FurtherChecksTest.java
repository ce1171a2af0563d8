package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ocdsnacional.ocds.validate.SchemaReleaseValidatorTest.release;

/**
 * The checks beyond JSON Schema, one release at a time: fields outside the schema, deprecated, empty, items
 * without ids, references to parties, dates and amounts that contradict each other, Mexican identifiers and
 * procedures, ocid prefixes.
 */
class FurtherChecksTest {

    private static final PackageMetadata V1_1 = new PackageMetadata(Optional.of("1.1"), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty());
    private static SchemaReleaseValidator validator;

    @BeforeAll
    static void createValidator() {
        validator = SchemaReleaseValidator.create(SharedFixtures.mirror(), new ObjectMapper());
    }

    @Test
    void aFieldOutsideTheSchemaIsAdditionalButALanguageVariantIsNot() {
        assertEquals(List.of("field.additional /tender/titulo WARNING"), found(
                "{\"tender\": {\"id\": \"1\", \"titulo\": \"Obra\", \"title_es\": \"Obra\"}}"));
    }

    @Test
    void emptyValuesAreFoundInsideAdditionalFieldsToo() {
        assertEquals(List.of("field.empty /tender/description WARNING", "field.additional /tender/extra WARNING",
                "field.empty /tender/extra/notas WARNING"), found(
                "{\"tender\": {\"id\": \"1\", \"description\": \" \\u00a0\", \"extra\": {\"notas\": []}}}"));
    }

    @Test
    void aDeprecatedFieldSaysSinceWhenAndWhy() {
        ValidationIssue issue = single("{\"buyer\": {\"id\": \"b\", \"name\": \"SEFIN\", \"identifier\": "
                + "{\"scheme\": \"MX-RFC\", \"id\": \"SFI8301014Y3\"}}, \"parties\": [{\"id\": \"b\", \"roles\": [\"buyer\"]}]}");

        assertEquals("field.deprecated", issue.type());
        assertEquals("/buyer/identifier", issue.path());
        assertEquals("1.1", issue.details().get("deprecatedIn"));
        assertTrue(issue.details().get("explanation").contains("parties"), issue.details().toString());
    }

    @Test
    void referencesMustNameAPartyWithTheRole() {
        assertEquals(List.of("reference.party_missing /buyer/id WARNING",
                        "reference.role_missing /tender/procuringEntity/id WARNING",
                        "reference.id_missing /awards/0/suppliers/0 WARNING"),
                found("{\"parties\": [{\"id\": \"p1\", \"roles\": [\"buyer\"]}], \"buyer\": {\"id\": \"nadie\"}, "
                        + "\"tender\": {\"id\": \"t\", \"procuringEntity\": {\"id\": \"p1\"}}, "
                        + "\"awards\": [{\"id\": \"a\", \"suppliers\": [{\"name\": \"Proveedora\"}]}]}")
                        .stream().filter(line -> line.startsWith("reference.")).toList());
    }

    @Test
    void contradictoryDatesAndAmountsAreFound() {
        assertEquals(Set.of("coherence.period_order /tender/tenderPeriod/endDate WARNING",
                        "coherence.award_before_tender /awards/0/date WARNING",
                        "coherence.signed_before_award /contracts/0/dateSigned WARNING",
                        "coherence.negative_amount /awards/0/value/amount WARNING",
                        "coherence.currency_missing /awards/0/value/currency WARNING"),
                found("{\"tender\": {\"id\": \"t\", \"tenderPeriod\": {\"startDate\": \"2024-03-01T00:00:00-06:00\", "
                        + "\"endDate\": \"2024-02-01T00:00:00-06:00\"}}, \"awards\": [{\"id\": \"a1\", "
                        + "\"date\": \"2024-02-15T00:00:00Z\", \"value\": {\"amount\": -5}}], \"contracts\": [{\"id\": "
                        + "\"c1\", \"awardID\": \"a1\", \"dateSigned\": \"2024-02-14T00:00:00Z\"}]}").stream()
                        .filter(line -> line.startsWith("coherence.")).collect(Collectors.toSet()));
    }

    /**
     * A currency outside ISO 4217 is an issue in every version: a closed codelist error where the schema gives the
     * field the currency codelist (1.1), pointed out by the further checks where it does not (1.0), never twice.
     */
    @Test
    void aCurrencyOutsideIso4217IsFoundInEveryVersionOnce() {
        String pesos = "{\"awards\": [{\"id\": \"a\", \"value\": {\"amount\": 5, \"currency\": \"PESOS\"}}], "
                + "\"planning\": {\"budget\": {\"amount\": {\"amount\": 7, \"currency\": \"mxn\"}}}}";
        assertEquals(List.of("codelist.closed /awards/0/value/currency ERROR",
                "codelist.closed /planning/budget/amount/currency ERROR"), found(pesos));
        PackageMetadata v10 = new PackageMetadata(Optional.of("1.0"), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
        List<ValidationIssue> issues = validator.validate(release(pesos), v10);
        assertEquals(List.of("coherence.currency_invalid /awards/0/value/currency WARNING",
                        "coherence.currency_invalid /planning/budget/amount/currency WARNING"),
                issues.stream().map(issue -> issue.type() + " " + issue.path() + " " + issue.severity()).toList());
        assertTrue(issues.getFirst().messageEs().contains("no es un código de moneda ISO 4217"),
                issues.getFirst().messageEs());
        assertEquals(List.of(), validator.validate(release("{\"awards\": [{\"id\": \"a\", \"value\": "
                + "{\"amount\": 5, \"currency\": \"MXN\"}}]}"), v10));
    }

    /**
     * Numbers with more digits than any real value (read exactly, as harvests read them) are reported once each, and
     * nothing else is asked of them; an amount of ten thousand billion is already absurd, a 19-digit id is not.
     */
    @Test
    void absurdNumbersAreReportedAndNothingElseIsAskedOfThem() throws Exception {
        Release release = release("{}");
        ((ObjectNode) release.json()).setAll((ObjectNode) Json.mapper().readTree("""
                {"tender": {"id": "t", "numberOfTenderers": 1e999999999,
                            "items": [{"id": 1234567890123456789, "quantity": 1e-400}]},
                 "awards": [{"id": "a1", "value": {"amount": 1e-999999999, "currency": "MXN"}},
                            {"id": "a2", "value": {"amount": -1e999999999}},
                            {"id": "a3", "value": {"amount": 1e16, "currency": "MXN"}},
                            {"id": "a4", "value": {"amount": 9999999999999999.99, "currency": "MXN"}}]}"""));
        List<ValidationIssue> issues = validator.validate(release, V1_1);
        assertEquals(List.of("number.absurd /tender/numberOfTenderers WARNING",
                        "number.absurd /tender/items/0/quantity WARNING",
                        "number.absurd /awards/0/value/amount WARNING",
                        "number.absurd /awards/1/value/amount WARNING",
                        "number.absurd /awards/2/value/amount WARNING"),
                issues.stream().filter(issue -> !issue.type().startsWith("schema."))
                        .map(issue -> issue.type() + " " + issue.path() + " " + issue.severity()).toList());
        ValidationIssue tiny = issues.stream().filter(issue -> issue.path().equals("/awards/0/value/amount"))
                .findFirst().orElseThrow();
        assertEquals("1E-999999999", tiny.value());
        assertTrue(tiny.messageEs().contains("número absurdo") && tiny.messageEn().contains("absurd number"),
                tiny.messageEs());
    }

    @Test
    void rfcsAreCheckedUnderTheirSchemes() {
        assertEquals(List.of("mx.rfc_invalid /parties/0/identifier/id WARNING",
                        "mx.rfc_not_canonical /parties/1/identifier/id INFO",
                        "mx.rfc_scheme /parties/1/identifier/scheme INFO",
                        "mx.rfc_without_scheme /parties/2/identifier/scheme INFO"),
                found("{\"parties\": [{\"id\": \"1\", \"identifier\": {\"scheme\": \"MX-RFC\", \"id\": \"SAT97070\"}},"
                        + " {\"id\": \"2\", \"identifier\": {\"scheme\": \"RFC\", \"id\": \"sat-970701-nn3\"}},"
                        + " {\"id\": \"3\", \"identifier\": {\"id\": \"GDF9712054NA\"}},"
                        + " {\"id\": \"4\", \"identifier\": {\"scheme\": \"MX-RFC\", \"id\": \"SAT970701NN3\"}}]}"));
    }

    @Test
    void theProcedureAndTheMethodMustAgree() {
        ValidationIssue issue = single("{\"tender\": {\"id\": \"t\", \"procurementMethod\": \"open\", "
                + "\"procurementMethodDetails\": \"Adjudicación  Directa\"}}");

        assertEquals("mx.procurement_method_mismatch", issue.type());
        assertEquals("direct", issue.details().get("expected"));
        assertEquals("mx.procurement_method_missing", single("{\"tender\": {\"id\": \"t\", "
                + "\"procurementMethodDetails\": \"Invitación a cuando menos tres personas\"}}").type());
    }

    @Test
    void ocidsNeedARegisteredPrefixAndNotAToolsPlaceholder() {
        assertEquals(List.of("ocid.prefix /ocid WARNING", "ocid.placeholder_prefix /ocid WARNING"),
                found("{\"ocid\": \"CONTRATACION-0001\"}"));
        assertEquals(List.of("ocid.placeholder_prefix /ocid WARNING"), found("{\"ocid\": \"ocds-a2ef3d-0001\"}"));
    }

    @Test
    void malformedShapesAreSchemaErrorsNotExceptions() {
        List<String> found = found("{\"awards\": {\"id\": \"a\"}, \"contracts\": \"none\", \"parties\": {}, "
                + "\"tender\": [], \"buyer\": \"SEFIN\", \"tag\": [null, 3]}");

        assertTrue(found.contains("schema.type /awards ERROR") && found.contains("schema.type /buyer ERROR"),
                found.toString());
    }

    private static List<String> found(String fields) {
        return validator.validate(release(fields), V1_1).stream()
                .map(issue -> issue.type() + " " + issue.path() + " " + issue.severity()).toList();
    }

    private static ValidationIssue single(String fields) {
        List<ValidationIssue> issues = validator.validate(release(fields), V1_1);
        assertEquals(1, issues.size(), issues::toString);
        return issues.getFirst();
    }
}
