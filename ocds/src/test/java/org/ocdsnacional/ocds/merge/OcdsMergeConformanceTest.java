package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * ocds-merge's own compiled-release cases (shared/fixtures/peer-tests/ocdsmerge/fixtures/1.1: {@code NAME.json}
 * releases in, {@code NAME-compiled.json} out), read in place, with the schema the peer tests with (1.1.4, beside
 * the fixtures) and with the 1.1.5 schema this project uses.
 */
class OcdsMergeConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FIXTURES = "fixtures/peer-tests/ocdsmerge/fixtures";

    static Stream<Arguments> cases() throws IOException {
        Path folder = SharedFixtures.require(FIXTURES + "/1.1");
        List<Arguments> cases = new ArrayList<>();
        for (Path compiled : compiledOutputs(folder)) {
            String name = compiled.getFileName().toString().replace("-compiled.json", "");
            cases.add(Arguments.of(name, "1.1.4 (peer's)", folder));
            cases.add(Arguments.of(name, "1.1.5", folder));
        }
        assertFalse(cases.isEmpty(), "no *-compiled.json cases in " + folder);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with schema {1}")
    @MethodSource("cases")
    void compilesAsOcdsMerge(String name, String schema, Path folder) throws IOException {
        ReleaseMerger merger = schema.startsWith("1.1.4") ? peerSchemaMerger() : ReleaseMerger.create(SharedFixtures.mirror(), MAPPER);
        List<Release> releases = new ArrayList<>();
        MAPPER.readTree(folder.resolve(name + ".json").toFile()).forEach(r -> releases.add(new Release((ObjectNode) r)));
        JsonNode expected = MAPPER.readTree(folder.resolve(name + "-compiled.json").toFile());

        assertEquals(expected, merger.compile(releases));
    }

    private static ReleaseMerger peerSchemaMerger() throws IOException {
        Path schema = SharedFixtures.require(FIXTURES + "/release-schema-1__1__4.json");
        return ReleaseMerger.forSchema(MAPPER.readTree(schema.toFile()));
    }

    private static List<Path> compiledOutputs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-compiled.json")).sorted().toList();
        }
    }
}
