package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocdsnacional.ocds.conformance.CaseResult;
import org.ocdsnacional.ocds.conformance.Conformance;
import org.ocdsnacional.ocds.conformance.MergeCase;
import org.ocdsnacional.ocds.conformance.MergeCases;
import org.ocdsnacional.ocds.conformance.Shared;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * ocds-merge's own cases (shared/fixtures/peer-tests/ocdsmerge/fixtures: {@code NAME.json} releases in,
 * {@code NAME-compiled.json} and {@code NAME-versioned.json} out), read in place and merged as the peer's tests
 * merge them: the 1.1 cases with the latest 1.1 schema (shipped) and with the 1.1.4 schema of the fixtures.
 */
class OcdsMergeConformanceTest {

    private static final Conformance CONFORMANCE = Conformance.create(new ObjectMapper());

    static List<MergeCase> cases() throws IOException {
        List<MergeCase> cases = MergeCases.in(Shared.rootWith(MergeCases.FOLDER));
        assertFalse(cases.isEmpty(), "no ocds-merge cases found");
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesAsOcdsMerge(MergeCase mergeCase) {
        CaseResult result = CONFORMANCE.run(mergeCase);

        assertEquals(CaseResult.Status.PASS, result.status(), result.detail());
    }
}
