package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compiling processes in process, beside the reference merger in the same run on the same release package, in the
 * same condition on both sides: every process parsed beforehand and held in memory (ours: {@link OcdsReader} with
 * the production mapper, exact decimals; theirs: Python's {@code json}), then every process compiled, and a third of
 * them versioned, timing the merges alone. The reference is ocdsmerge ({@code merge_reference.py}, a child process
 * that prints its own rates); the sides take turns, so that load from elsewhere weighs on both. CPU time is the whole
 * process's on both sides (ours: the merging thread, the garbage collector and the JIT compiler). Ours is measured
 * after a first pass of each (the compiler's warm-up) and a full collection (which moves the trees held to the old
 * generation, where a long-running process keeps what it holds).
 *
 * <p>Arguments: the release package (e.g. the generator's 3,000 processes of 6 releases, seed 42), rounds (default
 * 3), seconds per measurement of ours (default 5). The shared folder is {@code ../shared} unless {@code -Dshared=DIR}.
 */
public final class MergeBenchmark {

    private static final OperatingSystemMXBean PROCESS = ManagementFactory.getPlatformMXBean(
            OperatingSystemMXBean.class);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        Path shared = Path.of(System.getProperty("shared", "../shared")).toAbsolutePath().normalize();
        Path schema = shared.resolve("ocds-mirror/standard.open-contracting.org/schema/1__1__5/release-schema.json");
        ObjectMapper mapper = Json.mapper();
        ReleaseMerger merger = ReleaseMerger.create(MirrorSchemaSource.of(shared.resolve("ocds-mirror")), mapper,
                OcdsVersion.V1_1);
        List<List<Release>> processes = held(file, mapper);
        List<List<Release>> third = processes.subList(0, Math.max(1, processes.size() / 3));
        System.out.printf("Merge benchmark: %s, %,d processes, %,d releases, held in memory on both sides; %s%n",
                file, processes.size(), processes.stream().mapToInt(List::size).sum(), Runtime.version());
        pass(processes, merger::compile);
        pass(third, releases -> merger.versioned(releases).release());
        System.gc();
        double[][] rates = new double[rounds][];
        for (int round = 0; round < rounds; round++) {
            String before = Load.now();
            Timing.Rate compiled = repeated(processes, merger::compile, seconds);
            Timing.Rate versioned = repeated(third, releases -> merger.versioned(releases).release(), seconds);
            System.out.printf("round %d ours      compiled %,9.0f/s wall %,9.0f/CPU-s; versioned %,9.0f/s wall "
                    + "%,9.0f/CPU-s  [%s → %s]%n", round + 1, compiled.wall(), compiled.cpu(), versioned.wall(),
                    versioned.cpu(), before, Load.now());
            ChildRun reference = ChildRun.of(List.of("python3",
                    shared.resolve("peer-tools/ocdsmerge/merge_reference.py").toString(), schema.toString(),
                    file.toString()), Path.of("").toAbsolutePath(), null, Files.createTempFile("merge-ref-", ".err"));
            JsonNode theirs = PLAIN.readTree(reference.output());
            System.out.printf("round %d reference compiled %,9d/s wall %,9d/CPU-s; versioned %,9d/s wall "
                    + "%,9d/CPU-s  [%s → %s]%n", round + 1, theirs.path("compiled_per_s_wall").asLong(),
                    theirs.path("compiled_per_cpu_s").asLong(), theirs.path("versioned_per_s_wall").asLong(),
                    theirs.path("versioned_per_cpu_s").asLong(), reference.loadBefore(), reference.loadAfter());
            rates[round] = new double[] {compiled.wall(), compiled.cpu(), theirs.path("compiled_per_s_wall").asDouble(),
                    theirs.path("compiled_per_cpu_s").asDouble(), versioned.wall(), versioned.cpu(),
                    theirs.path("versioned_per_s_wall").asDouble(), theirs.path("versioned_per_cpu_s").asDouble()};
        }
        System.out.printf("compiled, median of rounds: ours %.1fx the reference per CPU-second, %.1fx by the wall "
                + "clock (goal 20x)%n", ratio(rates, 1, 3), ratio(rates, 0, 2));
        System.out.printf("versioned, median of rounds: ours %.1fx the reference per CPU-second, %.1fx by the wall "
                + "clock%n", ratio(rates, 5, 7), ratio(rates, 4, 6));
    }

    /** Ours ÷ theirs in each round, the median of those. */
    private static double ratio(double[][] rates, int ours, int theirs) {
        double[] ratios = new double[rates.length];
        for (int i = 0; i < rates.length; i++) {
            ratios[i] = rates[i][ours] / rates[i][theirs];
        }
        return CommandsBenchmark.median(ratios);
    }

    /** The package's releases grouped by ocid in file order, as the reference groups them. */
    private static List<List<Release>> held(Path file, ObjectMapper mapper) throws Exception {
        Map<String, List<Release>> byOcid = new LinkedHashMap<>();
        OcdsReader.create(mapper).read(file, (release, info) -> byOcid.computeIfAbsent(release.ocid(),
                ocid -> new ArrayList<>()).add(release));
        return new ArrayList<>(byOcid.values());
    }

    private static long pass(List<List<Release>> processes, Function<List<Release>, ?> merge) {
        long merged = 0;
        for (List<Release> releases : processes) {
            merged += merge.apply(releases) != null ? 1 : 0;
        }
        return merged;
    }

    /** Whole passes for at least {@code seconds}; the CPU time is the process's. */
    private static Timing.Rate repeated(List<List<Release>> processes, Function<List<Release>, ?> merge,
                                        double seconds) {
        long merged = 0;
        long start = System.nanoTime();
        long cpuStart = PROCESS.getProcessCpuTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            merged += pass(processes, merge);
        }
        return new Timing.Rate(merged / ((System.nanoTime() - start) / 1e9),
                merged / ((PROCESS.getProcessCpuTime() - cpuStart) / 1e9));
    }
}
