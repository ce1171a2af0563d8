package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.generator.write.OutputFormat;
import org.ocdsnacional.generator.write.SingleFileWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The release package the harvest benchmarks publish: generated processes of Jalisco's public entities (the state
 * of the registry's {@code bench} source), three releases each, none with a defect, seed 5. Written to a file one
 * release at a time, so a package of any size takes no memory.
 */
final class BenchPackage {

    static final int RELEASES_PER_PROCESS = 3;

    private static final long SEED = 5;
    private static final MexicanState JALISCO = MexicanState.byCode("MX-JAL").orElseThrow();
    /** A little under the average (about 11,100), so the first guess of {@link #writeAtLeast} is usually enough. */
    private static final long BYTES_PER_PROCESS = 10_800;

    private BenchPackage() {
    }

    /** Writes a package of {@code processes} processes to {@code file}; returns its size in bytes. */
    static long write(Path file, int processes) throws IOException {
        Dataset dataset = Dataset.of(GeneratorSettings.of(processes, SEED).withStates(List.of(JALISCO))
                .withReleasesPerProcess(RELEASES_PER_PROCESS).withInvalidShare(0));
        return SingleFileWriter.create(new ObjectMapper()).write(dataset, OutputFormat.RELEASE_PACKAGE, file);
    }

    /** Writes whole processes until the package holds at least {@code bytes} bytes; returns how many processes. */
    static int writeAtLeast(Path file, long bytes) throws IOException {
        int processes = (int) Math.max(1, bytes / BYTES_PER_PROCESS);
        while (write(file, processes) < bytes) {
            processes += processes / 10 + 1;
        }
        return processes;
    }
}
