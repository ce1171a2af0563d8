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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One file at the path asked for, holding the releases of the processes asked for, in the shape asked for. */
class SingleFileWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Dataset DATASET = Dataset.of(GeneratorSettings.of(30, 9).withReleasesPerProcess(3));

    @TempDir
    Path dir;

    @Test
    void writesEveryReleaseOfTheDataSetAsOneReleasePackageAtTheNamedPath() throws Exception {
        Path file = dir.resolve("publicacion.json");

        long size = SingleFileWriter.create(MAPPER).write(DATASET, OutputFormat.RELEASE_PACKAGE, file);

        List<String> read = new ArrayList<>();
        Set<String> uris = new HashSet<>();
        OcdsReader.create(MAPPER).read(file, (release, info) -> {
            read.add(release.id());
            uris.add(info.uri().orElseThrow());
        });
        assertEquals(Files.size(file), size);
        assertEquals(releaseIds(0, DATASET.size()), read);
        assertEquals(90, read.size());
        assertEquals(Set.of("https://datos.example.gob.mx/ocds/publicacion.json"), uris);
        assertEquals(new DetectedFormat(OcdsFormat.RELEASE_PACKAGE, false, false),
                FormatDetector.create(MAPPER.getFactory()).detect(file));
    }

    @Test
    void writesOnlyTheProcessesOfTheRangeCompressedWhenAsked() throws Exception {
        Path file = dir.resolve("parte.jsonl.gz");

        SingleFileWriter.create(MAPPER).write(DATASET, 10, 20, OutputFormat.JSON_LINES, file, true);

        List<String> read = new ArrayList<>();
        OcdsReader.create(MAPPER).read(file, (release, info) -> read.add(release.id()));
        assertEquals(releaseIds(10, 20), read);
        try (InputStream in = Files.newInputStream(file)) {
            assertArrayEquals(new byte[]{0x1f, (byte) 0x8b}, in.readNBytes(2));
        }
    }

    private static List<String> releaseIds(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int index = from; index < to; index++) {
            DATASET.releases(index).forEach(release -> ids.add(release.path("id").asText()));
        }
        return ids;
    }
}
