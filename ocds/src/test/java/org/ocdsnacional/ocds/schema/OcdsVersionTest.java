package org.ocdsnacional.ocds.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocdsnacional.ocds.model.PackageMetadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one decision of which version data is read by, for validation and merging alike. */
class OcdsVersionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{}                      | V1_0",
            "{\"version\": \"\"}     | V1_0",
            "{\"version\": \"  \"}   | V1_0",
            "{\"version\": null}     | V1_1",
            "{\"version\": \"1.0\"}  | V1_0",
            "{\"version\": \"1.1\"}  | V1_1",
            "{\"version\": \"1.bad\"}| V1_1",
            "{\"version\": \"1.1.5\"}| V1_1",
            "{\"version\": 1.0}      | V1_1",
            "{\"version\": 1.1}      | V1_1"})
    void undeclaredIsOneZeroAsOcdskitDecidesAndAnythingUnknownFallsBackToOneOne(String pkg, OcdsVersion expected)
            throws Exception {
        assertEquals(expected, OcdsVersion.declaredBy(PackageMetadata.of(MAPPER.readTree(pkg))));
    }

    @Test
    void releasesWithoutAPackageAreReadAsUndeclared() {
        assertEquals(OcdsVersion.V1_0, OcdsVersion.declaredBy(PackageMetadata.NONE));
    }
}
