package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiled (and versioned) releases per second on one thread, for generated processes of 6 releases each, beside a
 * baseline measured in the same run: reading the same releases with Jackson and writing them back.
 *
 * <p>Arguments: the OCDS mirror folder (default {@code ../shared/ocds-mirror}), processes (default 300), seconds
 * per measurement (default 10). The processes are merged over and over, as a pipeline merges releases it has just
 * parsed: 300 processes (the default) stay in the CPU caches.
 */
public final class MergeBenchmark {

    /** What the Python reference implementation (ocdsmerge) was measured to do on the reference machine. */
    private static final double PYTHON_REFERENCE = 1_500;

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path mirror = Path.of(args.length > 0 ? args[0] : "../shared/ocds-mirror");
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        ObjectMapper mapper = new ObjectMapper();
        ReleaseMerger merger = ReleaseMerger.create(MirrorSchemaSource.of(mirror), mapper, OcdsVersion.V1_1);
        Dataset dataset = Dataset.of(GeneratorSettings.of(processes, 42).withReleasesPerProcess(6)
                .withInvalidShare(0));
        List<List<Release>> trees = new ArrayList<>();
        List<List<byte[]>> bytes = new ArrayList<>();
        long totalBytes = 0;
        for (int index = 0; index < processes; index++) {
            List<Release> releases = new ArrayList<>();
            List<byte[]> serialized = new ArrayList<>();
            for (ObjectNode release : dataset.releases(index)) {
                releases.add(new Release(release));
                serialized.add(mapper.writeValueAsBytes(release));
                totalBytes += serialized.getLast().length;
            }
            trees.add(releases);
            bytes.add(serialized);
        }
        System.out.printf("Merge benchmark: %d generated processes of 6 releases (%.1f KB per release), one thread, "
                + "%.0f s per measurement, %s%n", processes, totalBytes / 1024.0 / processes / 6, seconds,
                Runtime.version());
        int warmUps = Math.max(20, 60_000 / processes);
        Timing.Rate baseline = Timing.rate(() -> readAndWrite(bytes, mapper), seconds, warmUps);
        Timing.Rate compiled = Timing.rate(() -> compileAll(trees, merger), seconds, warmUps);
        Timing.Rate endToEnd = Timing.rate(() -> readCompileWrite(bytes, mapper, merger), seconds, warmUps);
        Timing.Rate versioned = Timing.rate(() -> versionAll(trees, merger), seconds, warmUps);
        System.out.printf("%-50s %14s %16s%n", "processes per second", "wall clock", "per CPU-second");
        print("baseline: Jackson read + write of the 6 releases", baseline);
        print("compiled release (releases already parsed)", compiled);
        print("read 6 releases + compile + write compiled", endToEnd);
        print("versioned release (releases already parsed)", versioned);
        System.out.printf("%-50s %,14.0f  (stated: measured before on this machine, not in this run)%n",
                "Python reference (ocdsmerge), compiled", PYTHON_REFERENCE);
        System.out.printf("compiled / Python reference: %.0fx wall, %.0fx per CPU-second (goal 20x); "
                + "compiled / baseline: %.1fx%n", compiled.wall() / PYTHON_REFERENCE, compiled.cpu() / PYTHON_REFERENCE,
                compiled.cpu() / baseline.cpu());
    }

    private static void print(String what, Timing.Rate rate) {
        System.out.printf("%-50s %,14.0f %,16.0f%n", what, rate.wall(), rate.cpu());
    }

    private static long compileAll(List<List<Release>> processes, ReleaseMerger merger) {
        long fields = 0;
        for (List<Release> releases : processes) {
            fields += merger.compile(releases).size();
        }
        return fields > 0 ? processes.size() : 0;
    }

    private static long versionAll(List<List<Release>> processes, ReleaseMerger merger) {
        long fields = 0;
        for (List<Release> releases : processes) {
            fields += merger.versioned(releases).release().size();
        }
        return fields > 0 ? processes.size() : 0;
    }

    private static long readAndWrite(List<List<byte[]>> processes, ObjectMapper mapper) throws Exception {
        long written = 0;
        for (List<byte[]> releases : processes) {
            for (byte[] release : releases) {
                JsonNode tree = mapper.readTree(release);
                written += mapper.writeValueAsBytes(tree).length;
            }
        }
        return written > 0 ? processes.size() : 0;
    }

    private static long readCompileWrite(List<List<byte[]>> processes, ObjectMapper mapper, ReleaseMerger merger)
            throws Exception {
        long written = 0;
        for (List<byte[]> serialized : processes) {
            List<Release> releases = new ArrayList<>(serialized.size());
            for (byte[] release : serialized) {
                releases.add(new Release((ObjectNode) mapper.readTree(release)));
            }
            written += mapper.writeValueAsBytes(merger.compile(releases)).length;
        }
        return written > 0 ? processes.size() : 0;
    }
}
