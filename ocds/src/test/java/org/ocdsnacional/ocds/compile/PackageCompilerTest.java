package org.ocdsnacional.ocds.compile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.conformance.Shared;
import org.ocdsnacional.ocds.merge.MergerProfiles;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.ShippedSchemaSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record package out of release packages, as ocdskit's {@code compile --package} writes it: its records equal
 * ocdskit's expected output on its own test fixtures, in memory and through temporary files alike.
 */
class PackageCompilerTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String OCDSKIT = "fixtures/peer-tests/ocdskit/fixtures/realdata";

    @TempDir
    Path folder;

    @Test
    void theRecordsAreOcdskitsOnItsOwnFixtures() throws Exception {
        Path fixtures = Shared.rootWith(OCDSKIT).resolve(OCDSKIT);

        JsonNode ours = compile(false, CompileOptions.DEFAULT_SORT_BUDGET, fixtures.resolve("release-package-1.json"),
                fixtures.resolve("release-package-2.json"));

        JsonNode expected = PLAIN.readTree(fixtures.resolve("record-package_package.json").toFile());
        assertEquals(expected.get("records"), ours.get("records"));
        assertEquals(expected.get("publisher"), ours.get("publisher"));
        assertEquals(expected.get("packages"), ours.get("packages"));
    }

    @Test
    void versionedAddsTheVersionedReleasesOcdskitWrites() throws Exception {
        Path fixtures = Shared.rootWith(OCDSKIT).resolve(OCDSKIT);

        JsonNode ours = compile(true, CompileOptions.DEFAULT_SORT_BUDGET, fixtures.resolve("release-package-1.json"),
                fixtures.resolve("release-package-2.json"));

        JsonNode expected = PLAIN.readTree(fixtures.resolve("record-package_versioned.json").toFile());
        assertEquals(expected.get("records"), ours.get("records"));
    }

    @Test
    void releasesSpilledToDiskComeOutAsReleasesHeldInMemory() throws Exception {
        Path interleaved = write("a.json", pkg("1.1", release("ocds-x-2", "b", "2024-02-01"),
                release("ocds-x-1", "a", "2024-01-01"), release("ocds-x-2", "a", "2024-01-01")));
        Path more = write("b.json", pkg("1.1", release("ocds-x-1", "b", "2024-03-01"),
                release("ocds-x-3", "a", "2024-01-01"), release("ocds-x-2", "c", "2024-03-01")));

        JsonNode inMemory = compile(false, CompileOptions.DEFAULT_SORT_BUDGET, interleaved, more);
        JsonNode spilled = compile(false, 1, interleaved, more);

        assertEquals(inMemory, spilled);
        assertEquals(List.of("ocds-x-1", "ocds-x-2", "ocds-x-3"), ocids(spilled));
        JsonNode second = spilled.at("/records/1");
        assertEquals(List.of("b", "a", "c"), second.get("releases").findValuesAsText("id"));
        assertEquals("ocds-x-2-2024-03-01T00:00:00Z", second.at("/compiledRelease/id").asText());
        assertEquals("c", second.at("/compiledRelease/title").asText());
    }

    @Test
    void manyRunsAreMergedInStepsAndTheirFilesDeleted() throws Exception {
        List<String> releases = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            releases.add(release("ocds-x-" + (i % 7), "r" + i, "2024-01-" + String.format("%02d", 1 + i % 28)));
        }
        Path input = write("many.json", pkg("1.1", releases.toArray(String[]::new)));
        long tempsBefore = compileFolders();

        JsonNode spilled = compile(false, 1, input);

        assertEquals(compile(false, CompileOptions.DEFAULT_SORT_BUDGET, input), spilled);
        assertEquals(7, spilled.get("records").size());
        assertEquals(150, spilled.findValues("releases").stream().mapToInt(JsonNode::size).sum());
        assertEquals(tempsBefore, compileFolders());
    }

    @Test
    void groupedReleasesGiveTheRecordsTheSameReleasesScatteredGive() throws Exception {
        String[] a = {release("ocds-x-1", "a", "2024-01-01"), release("ocds-x-1", "b", "2024-02-01")};
        String[] b = {release("ocds-x-2", "a", "2024-01-01"), release("ocds-x-2", "b", "2024-03-01")};
        Path grouped = write("grouped.json", pkg("1.1", b[0], b[1], a[0], a[1]));
        Path scattered = write("scattered.json", pkg("1.1", a[0], b[0], a[1], b[1]));

        for (boolean versioned : new boolean[] {false, true}) {
            JsonNode fromRuns = compile(versioned, CompileOptions.DEFAULT_SORT_BUDGET, grouped);

            assertEquals(compile(versioned, CompileOptions.DEFAULT_SORT_BUDGET, scattered), fromRuns);
            assertEquals(compile(versioned, 1, grouped), fromRuns);
            assertEquals(List.of("ocds-x-1", "ocds-x-2"), ocids(fromRuns));
            assertEquals("b", fromRuns.at("/records/1/compiledRelease/title").asText());
        }
    }

    @Test
    void aProcessWhoseReleasesComeInSeveralRunsIsCompiledFromThemAll() throws Exception {
        Path input = write("runs.json", pkg("1.1", release("ocds-x-1", "a", "2024-01-01"),
                release("ocds-x-1", "b", "2024-02-01"), release("ocds-x-2", "a", "2024-01-01"),
                release("ocds-x-1", "c", "2024-01-15")));

        JsonNode written = compile(true, CompileOptions.DEFAULT_SORT_BUDGET, input);

        JsonNode first = written.at("/records/0");
        assertEquals(List.of("a", "b", "c"), first.get("releases").findValuesAsText("id"));
        assertEquals("b", first.at("/compiledRelease/title").asText());
        assertEquals(3, first.at("/versionedRelease/title").size());
    }

    @Test
    void aRunThatWarnsIsCountedOnceWhetherItCameGroupedOrNot() throws Exception {
        String twice = release("ocds-x-1", "same", "2024-01-01");
        Path grouped = write("grouped.json", pkg("1.1", twice, twice, release("ocds-x-2", "a", "2024-01-01")));
        Path scattered = write("scattered.json", pkg("1.1", twice, release("ocds-x-2", "a", "2024-01-01"), twice));

        CompileSummary fromRuns = summary(grouped);
        CompileSummary together = summary(scattered);

        assertEquals(1, fromRuns.warningCount());
        assertEquals(together.warnings(), fromRuns.warnings());
    }

    @Test
    void amountsStayAsPublishedAndTheVersionAndExtensionsOfThePackagesAreTheRecordPackages() throws Exception {
        Path input = write("p.json", "{\"version\": \"1.1\", \"extensions\": [\"https://example.org/x/extension.json\"],"
                + " \"uri\": \"https://example.org/p.json\", \"releases\": [" + release("ocds-x-1", "a", "2024-01-01")
                .replace("}", ", \"tender\": {\"id\": \"t\", \"value\": {\"amount\": 250000.50, \"currency\": \"MXN\"}}}")
                + "]}");

        String out = compileText(false, CompileOptions.DEFAULT_SORT_BUDGET, input);

        assertTrue(out.contains("\"amount\":250000.50"), out);
        JsonNode written = PLAIN.readTree(out);
        assertEquals("1.1", written.get("version").asText());
        assertEquals("https://example.org/x/extension.json", written.at("/extensions/0").asText());
        assertEquals("https://example.org/p.json", written.at("/packages/0").asText());
    }

    @Test
    void releasesWithoutOcidAreLeftOutAndCounted() throws Exception {
        Path input = write("p.json", pkg("1.1", release("ocds-x-1", "a", "2024-01-01"),
                "{\"id\": \"no-ocid\", \"date\": \"2024-01-01\", \"tag\": [\"tender\"]}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CompileSummary summary = compiler().compile(List.of(new PackageCompiler.Input(input, "p.json")),
                options(false, CompileOptions.DEFAULT_SORT_BUDGET), out);

        assertEquals(1, summary.withoutOcid());
        assertEquals(1, summary.records());
        assertEquals(1, PLAIN.readTree(out.toByteArray()).get("records").size());
    }

    @Test
    void malformedJsonIsAReadErrorAndNothingIsWritten() throws Exception {
        Path input = write("bad.json", "{\"releases\": [" + release("ocds-x-1", "a", "2024-01-01") + ", {\"ocid\": ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThrows(ReadException.class, () -> compiler().compile(List.of(new PackageCompiler.Input(input,
                "bad.json")), options(false, CompileOptions.DEFAULT_SORT_BUDGET), out));
        assertEquals(0, out.size());
    }

    private CompileSummary summary(Path input) throws IOException, ReadException {
        return compiler().compile(List.of(new PackageCompiler.Input(input, input.toString())),
                options(false, CompileOptions.DEFAULT_SORT_BUDGET), new ByteArrayOutputStream());
    }

    private JsonNode compile(boolean versioned, long budget, Path... inputs) throws IOException, ReadException {
        return PLAIN.readTree(compileText(versioned, budget, inputs));
    }

    private String compileText(boolean versioned, long budget, Path... inputs) throws IOException, ReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompileSummary summary = compiler().compile(Stream.of(inputs).map(input -> new PackageCompiler.Input(input,
                input.toString())).toList(), options(versioned, budget), out);
        assertEquals(budget == 1, summary.spilled());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static PackageCompiler compiler() {
        ObjectMapper mapper = Json.mapper();
        return PackageCompiler.create(MergerProfiles.create(ShippedSchemaSource.create(), mapper), mapper);
    }

    private static CompileOptions options(boolean versioned, long budget) {
        return new CompileOptions(versioned, Optional.empty(), "", budget);
    }

    private static List<String> ocids(JsonNode recordPackage) {
        List<String> ocids = new ArrayList<>();
        recordPackage.get("records").forEach(record -> ocids.add(record.get("ocid").asText()));
        return ocids;
    }

    private static String pkg(String version, String... releases) {
        return "{\"version\": \"" + version + "\", \"releases\": [" + String.join(", ", releases) + "]}";
    }

    private static String release(String ocid, String id, String date) {
        return "{\"ocid\": \"" + ocid + "\", \"id\": \"" + id + "\", \"date\": \"" + date + "T00:00:00Z\", \"tag\": "
                + "[\"tender\"], \"title\": \"" + id + "\"}";
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json);
    }

    private static long compileFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("ocds-compile-")).count();
        }
    }
}
