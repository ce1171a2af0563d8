package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The releases of large packages, whose trees are built on a helper thread: handed over in document order with the
 * problems between them, everything before a failure first, exact decimals exact.
 */
class ReleasesAheadTest {

    private static final int MANY = 1_500;

    @TempDir
    Path dir;

    @Test
    void releasesAndProblemsArriveInDocumentOrder() throws Exception {
        StringBuilder json = new StringBuilder("{\"version\": \"1.1\", \"releases\": [");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            json.append(i > 0 ? ", " : "");
            if (i % 97 == 5) {
                json.append("\"texto\"");
                expected.add("problem /releases/" + i);
            } else if (i % 89 == 7) {
                json.append("{\"title\": \"sin ocid ni id\"}");
                expected.add("release ");
            } else {
                json.append(release(i, "Compra " + i));
                expected.add("release " + i);
            }
        }
        Events got = new Events();

        ReadSummary summary = OcdsReader.create(Json.mapper()).read(write(json.append("]}")), got);

        assertEquals(expected, got.events);
        assertEquals(expected.stream().filter(e -> e.startsWith("release")).count(), summary.releases());
        assertEquals(List.of("1.1"), got.versions.stream().distinct().toList());
    }

    @Test
    void malformedJsonAfterManyReleasesComesAfterAllOfThem() throws Exception {
        StringBuilder json = new StringBuilder("{\"releases\": [");
        for (int i = 0; i < MANY; i++) {
            json.append(release(i, "Compra " + i)).append(", ");
        }
        Events got = new Events();
        Path file = write(json.append("{\"ocid\": }]}"));

        ReadException e = assertThrows(ReadException.class, () -> OcdsReader.create(Json.mapper()).read(file, got));

        assertEquals(MANY, got.events.size());
        assertEquals("release " + (MANY - 1), got.events.getLast());
        assertEquals(Files.size(file) - 3, e.offset(), "at the brace where a value was due");
    }

    @Test
    void releasesAreJacksonsTreesWhateverTheLayout() throws Exception {
        ObjectMapper mapper = Json.mapper();
        StringBuilder json = new StringBuilder("{\"releases\": [");
        for (int i = 0; i < MANY; i++) {
            json.append(i > 0 ? ", " : "").append(release(i, "Adquisición \\\"" + i + "\\\" {}[] \\u00e9\\ud83d\\ude00")
                    .replace("}}", ", \"value\": {\"amount\": 1" + i + ".50, \"n\": [1e3, -0.0, 12345678901234567890]}}}"));
        }
        Object tree = mapper.readTree(json.append("]}").toString());
        Path pretty = dir.resolve("pretty.json");
        Files.writeString(pretty, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree).replace("\n", "\r\n\t"));
        List<Release> releases = new ArrayList<>();

        OcdsReader.create(mapper).read(pretty, (release, info) -> releases.add(release));

        assertEquals(MANY, releases.size());
        for (int i = 0; i < MANY; i++) {
            JsonNode expected = ((JsonNode) tree).at("/releases/" + i);
            assertEquals(expected, releases.get(i).json());
            assertEquals(expected.toString(), releases.get(i).json().toString());
        }
    }

    @Test
    void aReleaseThatIsNotJsonStopsTheReadingInsideItAfterTheOnesBefore() throws Exception {
        for (String broken : List.of("\"n\": 01", "\"n\": \"a\tb\"", "\"n\": [1,]", "\"n\": \"\\x\"")) {
            StringBuilder json = new StringBuilder("{\"releases\": [");
            long start = 0;
            for (int i = 0; i < MANY; i++) {
                json.append(i > 0 ? ", " : "");
                start = i == 1000 ? json.length() : start;
                json.append(i == 1000 ? "{\"ocid\": \"x\", " + broken + "}" : release(i, "Compra"));
            }
            Events got = new Events();
            Path file = write(json.append("]}"));

            ReadException e = assertThrows(ReadException.class, () -> OcdsReader.create(Json.mapper()).read(file,
                    got), broken);

            assertEquals(1000, got.events.size(), broken);
            assertTrue(e.offset() > start && e.offset() < start + 40, broken + ": " + e.offset() + " " + start);
            assertTrue(e.getMessage().contains("Malformed JSON"), e.getMessage());
        }
    }

    @Test
    void aPackageLineWithABrokenReleaseIsSkippedAndTheNextLinesAreRead() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int line = 0; line < 3; line++) {
            lines.append("{\"releases\": [");
            for (int i = 0; i < 40; i++) {
                int id = line * 100 + i;
                lines.append(i > 0 ? ", " : "").append(line == 1 && i == 30 ? "{\"ocid\": 01}" : release(id, "C"));
            }
            lines.append("]}\n");
        }
        Events got = new Events();

        OcdsReader.create(Json.mapper()).read(write(lines), got);

        assertEquals(40 + 30 + 40, got.events.stream().filter(e -> e.startsWith("release")).count());
        assertEquals("release 200", got.events.get(70));
        assertEquals(1, got.problems);
    }

    @Test
    void amountsStayExactDecimals() throws Exception {
        StringBuilder json = new StringBuilder("{\"releases\": [");
        for (int i = 0; i < MANY; i++) {
            json.append(i > 0 ? ", " : "").append(release(i, "Compra")
                    .replace("}}", ", \"value\": {\"amount\": 250000.50, \"currency\": \"MXN\"}}}"));
        }
        List<Release> releases = new ArrayList<>();

        OcdsReader.create(Json.mapper()).read(write(json.append("]}")), (release, info) -> releases.add(release));

        assertEquals(MANY, releases.size());
        for (Release release : releases) {
            assertEquals(new BigDecimal("250000.50"), release.json().at("/tender/value/amount").decimalValue());
            assertEquals("250000.50", release.json().at("/tender/value/amount").toString());
        }
    }

    @Test
    void aMapperWhoseTreesDifferIsStillObeyed() throws Exception {
        ObjectMapper stripping = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        String one = "{\"releases\": [" + release(1, "Compra").replace("}}", ", \"n\": 1.50}}") + "]}";
        List<Release> releases = new ArrayList<>();

        OcdsReader.create(stripping).read(write(new StringBuilder(one)), (release, info) -> releases.add(release));

        assertEquals(stripping.readTree(one).at("/releases/0"), releases.getFirst().json());
        assertEquals("1.5", releases.getFirst().json().at("/tender/n").toString());
    }

    @Test
    void latin1FarIntoALargePackageIsReadAgainWithoutRepeats() throws Exception {
        StringBuilder json = new StringBuilder("{\"releases\": [");
        for (int i = 0; i < MANY; i++) {
            json.append(i > 0 ? ", " : "").append(release(i, i < MANY - 100 ? "Papeleria" : "Papelería"));
        }
        Events got = new Events();

        OcdsReader.create(Json.mapper()).read(Files.write(dir.resolve("latin1.json"),
                json.append("]}").toString().getBytes(StandardCharsets.ISO_8859_1)), got);

        assertEquals(MANY, got.events.size());
        assertEquals(MANY, got.events.stream().distinct().count());
        assertEquals("Papelería", got.titles.getLast());
        assertEquals(1, got.warnings);
    }

    @Test
    void aVisitorThatFailsStopsTheReadingAndItsHelper() throws Exception {
        StringBuilder json = new StringBuilder("{\"releases\": [");
        for (int i = 0; i < MANY; i++) {
            json.append(i > 0 ? ", " : "").append(release(i, "Compra"));
        }
        Path file = write(json.append("]}"));
        IllegalStateException stop = new IllegalStateException("stop");
        List<String> ids = new ArrayList<>();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> OcdsReader.create(
                Json.mapper()).read(file, (release, info) -> {
                    ids.add(release.id());
                    if (ids.size() == 100) {
                        throw stop;
                    }
                }));

        assertSame(stop, thrown);
        assertEquals(100, ids.size());
        assertTrue(helperEnds(), "the helper thread ends");
    }

    private static boolean helperEnds() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("ocds-reader-trees"))) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private Path write(StringBuilder json) throws Exception {
        return Files.writeString(dir.resolve("p.json"), json);
    }

    private static String release(int i, String title) {
        return "{\"ocid\": \"ocds-a-" + i + "\", \"id\": \"" + i + "\", \"date\": \"2024-01-01T00:00:00Z\","
                + " \"tag\": [\"tender\"], \"tender\": {\"title\": \"" + title + "\"}}";
    }

    /** Releases and problems as one sequence. */
    private static final class Events implements ReleaseVisitor {
        final List<String> events = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        final List<String> versions = new ArrayList<>();
        int warnings;
        int problems;

        @Override
        public void release(Release release, PackageMetadata packageInfo) {
            events.add("release " + release.id());
            titles.add(release.json().at("/tender/title").asText());
            packageInfo.version().ifPresent(versions::add);
        }

        @Override
        public void problem(ReadProblem problem) {
            if (problem.message().contains("Malformed JSON line")) {
                problems++;
                return;
            }
            assertFalse(problem.pointer().isEmpty());
            events.add("problem " + problem.pointer());
        }

        @Override
        public void warning(ReadProblem warning) {
            warnings++;
        }
    }
}
