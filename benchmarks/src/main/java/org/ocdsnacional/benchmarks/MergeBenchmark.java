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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compiled (and versioned) releases per second on one thread, for generated processes of 6 releases each, beside a
 * baseline measured in the same run: reading the same releases with Jackson and writing them back.
 *
 * <p>The headline is the merge of releases just parsed, as a pipeline merges them (their trees are fresh in the CPU
 * caches): each process's releases are parsed untimed, then the merge alone is timed. Also shown: parse + merge +
 * write as one, and the merge of trees held in memory for long (cold caches: what memory allows, not the merge).
 *
 * <p>Arguments: the OCDS mirror folder (default {@code ../shared/ocds-mirror}), processes (default 3000), seconds
 * per measurement (default 10).
 */
public final class MergeBenchmark {

    /** What the Python reference implementation (ocdsmerge) was measured to do on the reference machine. */
    private static final double PYTHON_REFERENCE = 1_500;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path mirror = Path.of(args.length > 0 ? args[0] : "../shared/ocds-mirror");
        int processes = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        ObjectMapper mapper = new ObjectMapper();
        ReleaseMerger merger = ReleaseMerger.create(MirrorSchemaSource.of(mirror), mapper, OcdsVersion.V1_1);
        Dataset dataset = Dataset.of(GeneratorSettings.of(processes, 42).withReleasesPerProcess(6)
                .withInvalidShare(0));
        List<List<byte[]>> bytes = new ArrayList<>();
        long totalBytes = 0;
        for (int index = 0; index < processes; index++) {
            List<byte[]> serialized = new ArrayList<>();
            for (ObjectNode release : dataset.releases(index)) {
                serialized.add(mapper.writeValueAsBytes(release));
                totalBytes += serialized.getLast().length;
            }
            bytes.add(serialized);
        }
        List<List<Release>> held = parseAll(bytes, mapper);
        System.out.printf("Merge benchmark: %d generated processes of 6 releases (%.1f KB per release), one thread, "
                + "%.0f s per measurement, %s%n", processes, totalBytes / 1024.0 / processes / 6, seconds,
                Runtime.version());
        Timing.Rate baseline = Timing.rate(() -> readAndWrite(bytes, mapper), seconds, 3);
        Timing.Rate compiled = justParsed(bytes, mapper, merger::compile, seconds);
        Timing.Rate versioned = justParsed(bytes, mapper, releases -> merger.versioned(releases).release(), seconds);
        Timing.Rate pipeline = Timing.rate(() -> readCompileWrite(bytes, mapper, merger), seconds, 3);
        Timing.Rate cold = Timing.rate(() -> compileHeld(held, merger), seconds, 3);
        System.out.printf("%-56s %12s %16s%n", "processes per second", "wall clock", "per CPU-second");
        print("baseline: Jackson read + write of the 6 releases", baseline);
        print("compiled release, releases just parsed (headline)", compiled);
        print("versioned release, releases just parsed", versioned);
        print("read 6 releases + compile + write compiled release", pipeline);
        print("compiled release, " + processes + " processes held in memory (cold)", cold);
        System.out.printf("%-56s %,12.0f  (stated: measured before on this machine, not in this run)%n",
                "Python reference (ocdsmerge), compiled", PYTHON_REFERENCE);
        System.out.printf("compiled / Python reference: %.0fx wall, %.0fx per CPU-second (goal 20x)%n",
                compiled.wall() / PYTHON_REFERENCE, compiled.cpu() / PYTHON_REFERENCE);
    }

    private static void print(String what, Timing.Rate rate) {
        System.out.printf("%-56s %,12.0f %,16.0f%n", what, rate.wall(), rate.cpu());
    }

    /** The merge alone, timed around each call, of releases parsed (untimed) just before. */
    private static Timing.Rate justParsed(List<List<byte[]>> processes, ObjectMapper mapper,
                                          Function<List<Release>, ObjectNode> merge, double seconds) throws Exception {
        for (int round = 0; round < 3; round++) {
            for (List<byte[]> serialized : processes) {
                merge.apply(parse(serialized, mapper));
            }
        }
        long merged = 0;
        long wall = 0;
        long cpu = 0;
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (List<byte[]> serialized : processes) {
                List<Release> releases = parse(serialized, mapper);
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                merged += merge.apply(releases).size() > 0 ? 1 : 0;
                wall += System.nanoTime() - start;
                cpu += THREADS.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        return new Timing.Rate(merged / (wall / 1e9), merged / (cpu / 1e9));
    }

    private static List<Release> parse(List<byte[]> serialized, ObjectMapper mapper) throws Exception {
        List<Release> releases = new ArrayList<>(serialized.size());
        for (byte[] release : serialized) {
            releases.add(new Release((ObjectNode) mapper.readTree(release)));
        }
        return releases;
    }

    private static List<List<Release>> parseAll(List<List<byte[]>> processes, ObjectMapper mapper) throws Exception {
        List<List<Release>> parsed = new ArrayList<>();
        for (List<byte[]> serialized : processes) {
            parsed.add(parse(serialized, mapper));
        }
        return parsed;
    }

    private static long compileHeld(List<List<Release>> processes, ReleaseMerger merger) {
        long fields = 0;
        for (List<Release> releases : processes) {
            fields += merger.compile(releases).size();
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
            written += mapper.writeValueAsBytes(merger.compile(parse(serialized, mapper))).length;
        }
        return written > 0 ? processes.size() : 0;
    }
}
