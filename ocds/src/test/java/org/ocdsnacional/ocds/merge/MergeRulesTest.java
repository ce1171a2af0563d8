package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MergeRulesTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "V1_1, tag, OMIT",
            "V1_1, id, OMIT",
            "V1_1, date, OMIT",
            "V1_1, ocid, DEFAULT",
            "V1_1, awards, DEFAULT",
            "V1_1, awards/suppliers, DEFAULT",
            "V1_1, parties/roles, WHOLE_LIST",
            "V1_1, parties/additionalIdentifiers, WHOLE_LIST",
            "V1_1, tender/items/additionalClassifications, WHOLE_LIST",
            "V1_1, tender/submissionMethod, WHOLE_LIST",
            "V1_1, tender/amendments/changes, WHOLE_LIST",
            "V1_0, tag, OMIT",
            "V1_0, awards/suppliers, WHOLE_LIST",
            "V1_0, tender/items, DEFAULT",
    })
    void derivesTheRulesFromTheReleaseSchemaFollowingRefs(OcdsVersion version, String path, MergeRule rule)
            throws IOException {
        var schema = new ObjectMapper().readTree(SharedFixtures.mirror().read(version.releaseSchemaUrl()));

        assertEquals(rule, MergeRules.from(schema).of(path));
    }
}
