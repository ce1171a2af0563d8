package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case of lib-cove-ocds's expected.json (shared/fixtures/peer-tests/libcoveocds): we agree with the peer,
 * or differ for a stated reason (by design, or because the case needs the network).
 */
class LibCoveConformanceTest {

    private static List<AgreementRow> rows;

    @BeforeAll
    static void runEveryCase() throws IOException {
        rows = LibCoveConformance.load(SharedFixtures.require("fixtures/peer-tests/libcoveocds"),
                SharedFixtures.mirror(), new ObjectMapper()).run();
    }

    static List<AgreementRow> rows() throws IOException {
        runEveryCase();
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void agreesWithThePeer(AgreementRow row) {
        assertNotEquals(Verdict.DISAGREE, row.verdict(), () -> row.section() + " " + row.name()
                + "\n expected: " + row.expected() + "\n ours:     " + row.ours());
    }

    @Test
    void everyDifferenceHasAReason() {
        rows.stream().filter(row -> row.verdict() != Verdict.AGREE)
                .forEach(row -> assertTrue(!row.note().isEmpty(), row::toString));
    }
}
