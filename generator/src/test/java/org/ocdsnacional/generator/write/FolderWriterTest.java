package org.ocdsnacional.generator.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.ocds.read.DetectedFormat;
import org.ocdsnacional.ocds.read.FormatDetector;
import org.ocdsnacional.ocds.read.OcdsFormat;
import org.ocdsnacional.ocds.read.OcdsReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files written hold every release, in the shape asked for, byte for byte the same for the same seed. */
class FolderWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Dataset DATASET = Dataset.of(GeneratorSettings.of(45, 4));

    @TempDir
    Path dir;

    @Test
    void writesEveryReleaseInEachFormat() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int index = 0; index < DATASET.size(); index++) {
            DATASET.releases(index).forEach(release -> expected.add(release.path("id").asText()));
        }
        for (OutputFormat format : OutputFormat.values()) {
            List<Path> files = FolderWriter.create(MAPPER).write(DATASET, dir.resolve(format.label()), format, 20,
                    format == OutputFormat.JSON_LINES);
            List<String> read = new ArrayList<>();
            for (Path file : files) {
                OcdsReader.create(MAPPER).read(file, (release, info) -> read.add(release.id()));
            }
            assertEquals(3, files.size(), format.label());
            assertEquals(expected, read, format.label());
        }
    }

    @Test
    void theShapesAreWhatOcdskitWouldSay() throws Exception {
        FormatDetector detector = FormatDetector.create(MAPPER.getFactory());
        Path releases = FolderWriter.create(MAPPER).write(DATASET, dir.resolve("a"), OutputFormat.RELEASE_PACKAGE,
                100, false).getFirst();
        Path records = FolderWriter.create(MAPPER).write(DATASET, dir.resolve("b"), OutputFormat.RECORD_PACKAGE,
                100, false).getFirst();
        Path lines = FolderWriter.create(MAPPER).write(DATASET, dir.resolve("c"), OutputFormat.JSON_LINES, 100,
                false).getFirst();

        assertEquals(new DetectedFormat(OcdsFormat.RELEASE_PACKAGE, false, false), detector.detect(releases));
        assertEquals(new DetectedFormat(OcdsFormat.RECORD_PACKAGE, false, false), detector.detect(records));
        assertEquals(new DetectedFormat(OcdsFormat.RELEASE, true, false), detector.detect(lines));
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        Path first = FolderWriter.create(MAPPER).write(DATASET, dir.resolve("1"), OutputFormat.RELEASE_PACKAGE, 100,
                false).getFirst();
        Path second = FolderWriter.create(MAPPER).write(Dataset.of(GeneratorSettings.of(45, 4)), dir.resolve("2"),
                OutputFormat.RELEASE_PACKAGE, 100, false).getFirst();

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }
}
