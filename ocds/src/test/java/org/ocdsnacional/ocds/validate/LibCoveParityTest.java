package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Release-level cases of lib-cove-ocds's own fixtures (shared/fixtures/peer-tests/libcoveocds, see its
 * expected.json): what the peer finds valid is valid here, and the errors it finds in a release are found here.
 */
class LibCoveParityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SchemaReleaseValidator validator;

    @BeforeAll
    static void createValidator() {
        validator = SchemaReleaseValidator.create(SharedFixtures.mirror(), MAPPER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"common_checks/releases_no_validation_errors.json",
            "common_checks/records_no_validation_errors.json", "tenders_releases_2_releases.json",
            "api/basic_1.json", "api/basic_record_package.json"})
    void whatThePeerFindsValidIsValid(String fixture) throws IOException, ReadException {
        assertEquals(List.of(), issuesOf(fixture));
    }

    @Test
    void whatThePeerFindsInvalidIsInvalid() throws IOException, ReadException {
        assertFalse(issuesOf("tenders_releases_2_releases_invalid.json").isEmpty());
    }

    /** Peer: 'date', 'initiationType', 'ocid', 'tag' missing in records/2/releases/0 (embedded releases). */
    @Test
    void findsTheMissingFieldsOfAnEmbeddedRelease() throws IOException, ReadException {
        Set<String> missing = issuesOf("common_checks/records_invalid_releases.json").stream()
                .filter(issue -> issue.releaseId().equals("EXAMPLE-2-1"))
                .map(issue -> issue.type() + " " + issue.path())
                .collect(Collectors.toSet());

        assertEquals(Set.of("schema.required /date", "schema.required /initiationType", "schema.required /ocid",
                "schema.required /tag"), missing);
    }

    private static List<ValidationIssue> issuesOf(String fixture) throws IOException, ReadException {
        Path file = SharedFixtures.require("fixtures/peer-tests/libcoveocds/fixtures/" + fixture);
        List<ValidationIssue> issues = new ArrayList<>();
        OcdsReader.create(MAPPER).read(file, (release, packageInfo) ->
                issues.addAll(validator.validate(release, packageInfo)));
        return issues;
    }
}
