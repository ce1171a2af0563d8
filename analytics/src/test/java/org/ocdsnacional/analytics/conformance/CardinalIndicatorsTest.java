package org.ocdsnacional.analytics.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every red-flag case of Cardinal (its test fixtures, with the settings each file name states and the global
 * settings, and its documentation's demonstrations), read in place: our output equals Cardinal's, one test per case.
 */
class CardinalIndicatorsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> agreesWithCardinalOnEveryIndicatorCase() throws IOException {
        List<CardinalCase> cases = CardinalCases.of(SharedFolder.with(CardinalCases.FOLDER),
                CardinalCase.Suite.INDICATORS);
        assertTrue(cases.size() >= 12 + 11, "Cardinal's indicator cases: " + cases.size());
        CardinalConformance conformance = new CardinalConformance(MAPPER);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ConformanceRow row = conformance.run(c);
            assertTrue(row.agree(), () -> "expected " + row.expected() + "\n but was " + row.ours());
            assertEquals(MAPPER.readTree(row.expected()).size(), MAPPER.readTree(row.ours()).size());
        }));
    }

    @Test
    void theMetaOfR024IsWhatCardinalsDocumentationShows() throws IOException {
        CardinalCase r024 = CardinalCases.of(SharedFolder.with(CardinalCases.FOLDER), CardinalCase.Suite.INDICATORS)
                .stream().filter(c -> c.name().equals("tests/fixtures/indicators/R024")).findFirst().orElseThrow();
        CardinalCase withMeta = new CardinalCase(r024.suite(), r024.name(), r024.input(), r024.settings(), true,
                r024.expected());

        JsonNode ours = new CardinalConformance(MAPPER).indicators(withMeta);

        assertEquals(MAPPER.readTree("{\"R024\": {\"q1\": 66.6667, \"q3\": 100.0, \"lower_fence\": 16.6667}}"),
                ours.path("Meta"));
    }
}
