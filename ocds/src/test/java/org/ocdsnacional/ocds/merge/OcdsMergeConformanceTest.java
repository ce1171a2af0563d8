package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocdsnacional.ocds.conformance.MergeCase;
import org.ocdsnacional.ocds.conformance.MergeCases;
import org.ocdsnacional.ocds.conformance.Shared;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * ocds-merge's own cases (shared/fixtures/peer-tests/ocdsmerge/fixtures: {@code NAME.json} releases in,
 * {@code NAME-compiled.json} and {@code NAME-versioned.json} out), read in place: merged with the schema the peer
 * tests with, and again with the 1.1.5 schema this project uses.
 */
class OcdsMergeConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ReleaseMerger current;

    @BeforeAll
    static void currentSchema() throws IOException {
        current = ReleaseMerger.create(SharedFixtures.mirror(), MAPPER);
    }

    static List<MergeCase> cases() throws IOException {
        List<MergeCase> cases = MergeCases.in(Shared.rootWith(MergeCases.FOLDER));
        assertFalse(cases.isEmpty(), "no ocds-merge cases found");
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesAsOcdsMergeWithThePeersSchema(MergeCase mergeCase) throws IOException {
        ReleaseMerger merger = ReleaseMerger.forSchema(MAPPER.readTree(mergeCase.schema().toFile()));

        assertEquals(expected(mergeCase), merge(merger, mergeCase));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mergesAsOcdsMergeWithTheCurrentSchema(MergeCase mergeCase) throws IOException {
        assertEquals(expected(mergeCase), merge(current, mergeCase));
    }

    private static JsonNode expected(MergeCase mergeCase) throws IOException {
        return MAPPER.readTree(mergeCase.expected().toFile());
    }

    private static JsonNode merge(ReleaseMerger merger, MergeCase mergeCase) throws IOException {
        List<Release> releases = new ArrayList<>();
        MAPPER.readTree(mergeCase.releases().toFile()).forEach(r -> releases.add(new Release((ObjectNode) r)));
        return mergeCase.kind() == MergeCase.Kind.COMPILED ? merger.compiled(releases).release()
                : merger.versioned(releases).release();
    }
}
