package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReleaseVisitor;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every release published by the Mexican publishers in the shared fixtures, through the validator. */
class RealDataValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Issues about a field that should be there: they point where it belongs, inside an existing object. */
    private static final Set<String> MISSING_BY_NATURE = Set.of("schema.required", "field.missing_id",
            "coherence.currency_missing", "mx.rfc_without_scheme", "mx.procurement_method_missing");
    private static List<Published> releases;
    private static SchemaReleaseValidator validator;

    private record Published(Release release, PackageMetadata packageInfo, Path file) {
    }

    @BeforeAll
    static void readMexicanFixtures() throws IOException, ReadException {
        Path real = SharedFixtures.require("fixtures/real");
        releases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(real)) {
            for (Path file : files.filter(RealDataValidationTest::isMexicanJson).sorted().toList()) {
                OcdsReader.create(MAPPER).read(file, collectInto(file));
            }
        }
        validator = SchemaReleaseValidator.create(SharedFixtures.mirror(), MAPPER);
    }

    @Test
    void everyReleaseValidatesAndEveryIssuePointsIntoItsRelease() {
        assertFalse(releases.isEmpty(), "no Mexican releases found");
        long issues = 0;
        for (Published published : releases) {
            for (ValidationIssue issue : validator.validate(published.release(), published.packageInfo())) {
                assertPointsInto(published, issue);
                issues++;
            }
        }
        assertTrue(issues > 0, "real Mexican data is expected to have schema issues");
    }

    @Test
    void concurrentValidationGivesTheSameIssues() {
        List<List<ValidationIssue>> sequential = releases.stream().map(this::validate).toList();

        List<List<ValidationIssue>> parallel = releases.parallelStream().map(this::validate).toList();

        assertEquals(sequential, parallel);
    }

    private List<ValidationIssue> validate(Published published) {
        return validator.validate(published.release(), published.packageInfo());
    }

    private static void assertPointsInto(Published published, ValidationIssue issue) {
        JsonPointer pointer = JsonPointer.compile(issue.path());
        JsonNode json = published.release().json();
        boolean missingByNature = MISSING_BY_NATURE.contains(issue.type());
        JsonNode target = json.at(missingByNature ? pointer.head() : pointer);
        assertFalse(target.isMissingNode(), () -> issue + " does not point into its release in " + published.file());
        assertEquals(published.release().ocid(), issue.ocid());
    }

    private static boolean isMexicanJson(Path file) {
        return file.toString().endsWith(".json") && file.toString().contains("/mexico-");
    }

    private static ReleaseVisitor collectInto(Path file) {
        return (release, packageInfo) -> releases.add(new Published(release, packageInfo, file));
    }
}
