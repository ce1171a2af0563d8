package org.ocdsnacional.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.ocds.validate.ReleaseValidator;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data generated without defects passes the project's validator; data with defects does not. */
class ValidDataTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PackageMetadata V11 = new PackageMetadata(Optional.of("1.1"), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty());

    @Test
    void cleanDataHasNoValidationErrorsAndDefectsAreReported() {
        ReleaseValidator validator = SchemaReleaseValidator.create(MirrorSchemaSource.of(mirror()), MAPPER);
        Dataset clean = Dataset.of(GeneratorSettings.of(150, 5).withInvalidShare(0));
        Dataset dirty = Dataset.of(GeneratorSettings.of(150, 5).withInvalidShare(1));

        assertEquals(List.of(), errors(validator, clean));
        assertTrue(errors(validator, dirty).size() > 150, "schema-level defects are errors");
    }

    private static List<ValidationIssue> errors(ReleaseValidator validator, Dataset dataset) {
        List<ValidationIssue> errors = new ArrayList<>();
        for (int index = 0; index < dataset.size(); index++) {
            for (ObjectNode release : dataset.releases(index)) {
                validator.validate(new Release(release), V11).stream()
                        .filter(issue -> issue.severity() == Severity.ERROR).forEach(errors::add);
            }
        }
        return errors;
    }

    private static Path mirror() {
        String configured = System.getProperty("ocds.shared.dir", "../../shared");
        Path mirror = Path.of(configured).toAbsolutePath().normalize().resolve("ocds-mirror");
        Assumptions.assumeTrue(Files.isDirectory(mirror), "Skipped: no OCDS mirror at " + mirror);
        return mirror;
    }
}
