package org.ocdsnacional.analytics.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every coverage case of Cardinal (its test fixtures and its documentation's demonstrations), read in place: our
 * counts per path equal Cardinal's, one test per case.
 */
class CardinalCoverageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> countsEachFieldAsCardinalDoes() throws IOException {
        List<CardinalCase> cases = CardinalCases.of(SharedFolder.with(CardinalCases.FOLDER),
                CardinalCase.Suite.COVERAGE);
        assertTrue(cases.size() >= 25 + 4, "Cardinal's coverage cases: " + cases.size());
        CardinalConformance conformance = new CardinalConformance(MAPPER);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ConformanceRow row = conformance.run(c);
            assertTrue(row.agree(), () -> "expected " + row.expected() + "\n but was " + row.ours());
        }));
    }
}
