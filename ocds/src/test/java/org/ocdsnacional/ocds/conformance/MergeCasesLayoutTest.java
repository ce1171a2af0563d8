package org.ocdsnacional.ocds.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ocds-merge's cases in the peer's own layout ({@code tests/fixtures/1.0}, {@code 1.1}, {@code schema}, with
 * {@code schema.json} and {@code release-schema-1__1__4.json} in {@code tests/fixtures}): every case is found and
 * merged with the schema the peer uses, the 1.1 ones twice (latest 1.1 and 1.1.4), and what cannot be run is said.
 */
class MergeCasesLayoutTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Conformance CONFORMANCE = Conformance.create(MAPPER);
    private static final String RELEASES_1_0 = "[{'ocid': 'ocds-x', 'id': '1', 'date': '2020-01-01T00:00:00Z', 'tag': "
            + "['award'], 'awards': [{'id': '1', 'suppliers': [{'name': 'A'}]}]}, {'ocid': 'ocds-x', 'id': '2', 'date': "
            + "'2020-01-02T00:00:00Z', 'tag': ['award'], 'awards': [{'id': '1', 'suppliers': [{'name': 'B'}]}]}]";
    private static final String COMPILED_1_0 = "{'tag': ['compiled'], 'id': 'ocds-x-2020-01-02T00:00:00Z', 'date': "
            + "'2020-01-02T00:00:00Z', 'ocid': 'ocds-x', 'awards': [{'id': '1', 'suppliers': [{'name': 'B'}]}]}";
    private static final String SCHEMA = "{'properties': {'id': {'type': 'string', 'omitWhenMerged': true}, 'date': "
            + "{'type': 'string', 'omitWhenMerged': true}, 'list': {'type': 'array', 'wholeListMerge': true, 'items': "
            + "{'type': 'object', 'properties': {'id': {'type': 'string'}}}}}}";
    private static final String RELEASES_SCHEMA = "[{'ocid': 'ocds-x', 'id': '1', 'date': '2020-01-01T00:00:00Z', "
            + "'list': [{'id': 'a'}, {'id': 'b'}]}, {'ocid': 'ocds-x', 'id': '2', 'date': '2020-01-02T00:00:00Z', "
            + "'list': [{'id': 'c'}]}]";
    private static final String COMPILED_SCHEMA = "{'tag': ['compiled'], 'id': 'ocds-x-2020-01-02T00:00:00Z', 'date': "
            + "'2020-01-02T00:00:00Z', 'ocid': 'ocds-x', 'list': [{'id': 'c'}]}";

    @TempDir
    Path checkout;

    @Test
    void everyCaseOfThePeersLayoutIsFoundAndRunWithThePeersSchemas() throws IOException {
        Path fixtures = upstreamLayout();

        for (Path given : List.of(checkout, fixtures)) {
            List<CaseResult> results = MergeCases.in(given).stream().map(CONFORMANCE::run).toList();

            int peerCases = 2 * count(fixtures.resolve("1.1"));
            assertEquals(peerCases + 2, results.size(), "the 1.1 cases twice, the 1.0 and schema cases once");
            assertEquals(List.of(), results.stream().filter(r -> !r.passed()).map(r -> r.name() + " " + r.detail())
                    .toList());
            assertEquals(peerCases / 2, results.stream().filter(r -> r.name().endsWith(", 1__1__5)")).count());
            assertEquals(peerCases / 2, results.stream()
                    .filter(r -> r.name().endsWith(", release-schema-1__1__4.json)")).count());
            assertTrue(results.stream().anyMatch(r -> r.name().equals("1.0/suppliers (compiled, 1__0__3)")));
            assertTrue(results.stream().anyMatch(r -> r.name().equals("schema/whole-list (compiled, schema.json)")));
        }
    }

    @Test
    void whatCannotBeRunIsSaidAndWhy() throws IOException {
        Path fixtures = upstreamLayout();
        Files.delete(fixtures.resolve("release-schema-1__1__4.json"));
        Files.delete(fixtures.resolve("schema.json"));
        Files.delete(fixtures.resolve("1.0/suppliers.json"));

        List<CaseResult> notRun = MergeCases.in(checkout).stream().map(CONFORMANCE::run)
                .filter(r -> r.status() == CaseResult.Status.NOT_RUN).toList();

        assertEquals(count(fixtures.resolve("1.1")) + 2, notRun.size());
        assertTrue(notRun.stream().anyMatch(r -> r.name().equals("1.0/suppliers (compiled, 1__0__3)")
                && r.detail().equals("input missing: suppliers.json (beside suppliers-compiled.json)")), notRun.toString());
        assertTrue(notRun.stream().anyMatch(r -> r.detail().startsWith("release-schema-1__1__4.json not found in ")),
                notRun.toString());
        assertTrue(notRun.stream().anyMatch(r -> r.name().startsWith("schema/whole-list")
                && r.detail().startsWith("schema.json not found in ")), notRun.toString());
    }

    @Test
    void theSharedLayoutRunsThe11CasesWithBothSchemas() throws IOException {
        Path shared = Shared.rootWith(MergeCases.FOLDER);

        List<MergeCase> cases = MergeCases.in(shared);

        assertEquals(2 * count(shared.resolve(MergeCases.FOLDER).resolve("1.1")), cases.size());
    }

    /** ocds-merge's tests/fixtures: the shared copy's 1.1 cases and schema, and 1.0 and schema cases of our own. */
    private Path upstreamLayout() throws IOException {
        Path peer = Shared.rootWith(MergeCases.FOLDER).resolve(MergeCases.FOLDER);
        Path fixtures = checkout.resolve("tests/fixtures");
        Files.createDirectories(fixtures.resolve("1.1"));
        try (Stream<Path> files = Files.list(peer.resolve("1.1"))) {
            for (Path file : files.toList()) {
                Files.copy(file, fixtures.resolve("1.1").resolve(file.getFileName()));
            }
        }
        Files.copy(peer.resolve("release-schema-1__1__4.json"), fixtures.resolve("release-schema-1__1__4.json"));
        write(fixtures.resolve("1.0/suppliers.json"), RELEASES_1_0);
        write(fixtures.resolve("1.0/suppliers-compiled.json"), COMPILED_1_0);
        write(fixtures.resolve("schema.json"), SCHEMA);
        write(fixtures.resolve("schema/whole-list.json"), RELEASES_SCHEMA);
        write(fixtures.resolve("schema/whole-list-compiled.json"), COMPILED_SCHEMA);
        return fixtures;
    }

    /** The expected outputs in a folder: its cases. */
    private static int count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.map(Path::getFileName).map(Path::toString)
                    .filter(name -> name.endsWith("-compiled.json") || name.endsWith("-versioned.json")).count();
        }
    }

    private static void write(Path file, String singleQuoted) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, singleQuoted.replace('\'', '"'));
    }
}
