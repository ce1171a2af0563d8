package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.OperatingSystemMXBean;
import org.ocdsnacional.analytics.national.NationalSettings;
import org.ocdsnacional.app.AppConfig;
import org.ocdsnacional.app.Application;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.flags.NationalFlags;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the red flags cost a harvest, and what a change costs against a full computation. A generated publisher of N
 * releases (default 1,000,000; {@link BenchPackage}) is harvested end to end twice, each time into a fresh embedded
 * node: once with no flag configured ({@code flags.settings} an empty file: the same pipeline, nothing computed) and
 * once with every flag on (MX02/MX03 thresholds set). The difference of the two run times is what the flags add.
 * Then, on the flagged index: a full computation (every process flagged again from its stored compiled release
 * under changed settings, the population's statistics counted and every population flag and MX03 refreshed), and
 * the recomputation after 1 % of the processes change (their new releases compiled and flagged, then the refresh
 * that follows a harvest). Times are wall clock on a shared machine: run it when the machine is quiet.
 *
 * The two harvests alternate, {@code rounds} times each (the first pays the JVM's warm-up), and the faster of each
 * is kept.
 *
 * <p>Usage: {@code FlagsHarvestBenchmark [releases] [workDir] [schemaMirror] [rounds]} (1,000,000 releases,
 * {@code target/bench-flags}, {@code ../shared/ocds-mirror}, 2 rounds).
 */
public final class FlagsHarvestBenchmark {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String THRESHOLDS = """
            [MX02.direct_award]
            other_years = 300000
            [MX02.restricted_invitation]
            other_years = 1500000
            """;
    private static final int BATCH = 500;
    private static final OperatingSystemMXBean PROCESS = ManagementFactory.getPlatformMXBean(
            OperatingSystemMXBean.class);

    private FlagsHarvestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int asked = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int processes = (asked + BenchPackage.RELEASES_PER_PROCESS - 1) / BenchPackage.RELEASES_PER_PROCESS;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-flags").toAbsolutePath();
        Path mirror = Path.of(args.length > 2 ? args[2] : "../shared/ocds-mirror").toAbsolutePath();
        Files.createDirectories(work);
        Path file = work.resolve("releases.json");
        long bytes = BenchPackage.write(file, processes);
        System.out.printf("Generated %,d releases (%,d processes), %,d bytes; %s%n",
                processes * BenchPackage.RELEASES_PER_PROCESS, processes, bytes, Runtime.version());
        String flagged = NationalSettings.defaultsText() + THRESHOLDS;
        Path none = Files.writeString(work.resolve("no-flags.ini"), "; no flag\n");
        Path every = Files.writeString(work.resolve("flags.ini"), flagged);

        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Harvested without = null;
        Harvested with = null;
        for (int round = 1; round <= rounds; round++) {
            without = best(without, harvest(work, mirror, file, none, "opensearch-none-" + round));
            deleteTree(without.data());
            with = best(with, harvest(work, mirror, file, every, "opensearch-flags-" + round));
        }
        System.out.printf("%nBest of %d, without flags: %.1f s wall, %.1f s CPU; with every flag: %.1f s wall, %.1f s "
                + "CPU; flags add %.1f %% wall, %.1f %% CPU (goal <= 10 %%)%n", rounds, without.seconds(),
                without.cpu(), with.seconds(), with.cpu(), 100 * (with.seconds() - without.seconds())
                / without.seconds(), 100 * (with.cpu() - without.cpu()) / without.cpu());

        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(with.data()), MAPPER)) {
            cluster.send("GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", null);
            ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast()
                    .json().deepCopy(), id -> Optional.empty(), Clock.systemUTC(), NationalFlags.open(cluster,
                    MAPPER, NationalSettings.of(flagged + "\n; settings changed: everything flagged again\n"),
                    Clock.systemUTC()));
            long start = System.nanoTime();
            long all = indexer.catchUpFlags();
            double full = (System.nanoTime() - start) / 1e9;
            System.out.printf("Full computation: %,d processes flagged again, statistics and population flags, "
                    + "in %.1f s (%s)%n", all, full, Load.now());
            start = System.nanoTime();
            indexer.refreshFlags();
            double idle = (System.nanoTime() - start) / 1e9;
            System.out.printf("Refresh with nothing changed (statistics counted over every observation, two index "
                    + "refreshes): %.1f s%n", idle);
            List<HarvestedRelease> changed = onePercent(cluster, processes);
            start = System.nanoTime();
            for (int from = 0; from < changed.size(); from += BATCH) {
                indexer.index(changed.subList(from, Math.min(changed.size(), from + BATCH)));
            }
            double compiled = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            long reflagged = indexer.refreshFlags();
            double refresh = (System.nanoTime() - start) / 1e9;
            System.out.printf("1 %% changed: %,d processes compiled and flagged in %.1f s; refresh after the run "
                    + "(statistics, %,d processes flagged again) %.1f s%n", changed.size(), compiled, reflagged,
                    refresh);
            System.out.printf("Recomputation after a 1 %% change: refresh %.1f %% of a full computation; with the "
                    + "compilation of the changed processes %.1f %% (goal <= 5 %%); %s%n", 100 * refresh / full,
                    100 * (refresh + compiled) / full, Load.now());
        }
    }

    /** A harvest's wall clock and the whole process's CPU time (the embedded node's included), and its data. */
    private record Harvested(double seconds, double cpu, Path data) {
    }

    /** The faster of two harvests of the same settings (the other's data folder deleted). */
    private static Harvested best(Harvested kept, Harvested next) throws IOException {
        if (kept == null) {
            return next;
        }
        Harvested faster = next.seconds() < kept.seconds() ? next : kept;
        deleteTree((faster == next ? kept : next).data());
        return faster;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Harvested harvest(Path work, Path mirror, Path file, Path settings, String dataDir)
            throws IOException {
        Path data = work.resolve(dataDir);
        try (FilePublisher publisher = new FilePublisher(file);
             Application app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                     "registry.path", BenchRegistry.write(work, publisher.url()).toString(),
                     "opensearch.data-dir", data.toString(),
                     "schemas.mirror", mirror.toString(),
                     "harvest.work-dir", work.resolve("tmp").toString(),
                     "harvest.scheduler", "false",
                     "flags.settings", settings.toString())))) {
            String load = Load.now();
            long start = System.nanoTime();
            long cpuStart = PROCESS.getProcessCpuTime();
            HarvestRun run = app.harvest("bench", RunTrigger.COMMAND_LINE, ProgressListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
            System.out.printf("Harvest with %s: %s in %.1f s wall, %.1f s CPU (the run and the refresh after it); "
                    + "%,d releases, %,d processes; %s before, %s after%n", settings.getFileName(), run.state(),
                    seconds, cpu, run.counts().releases(), run.counts().processes(), load, Load.now());
            return new Harvested(seconds, cpu, data);
        }
    }

    /** A new release for 1 % of the processes (the first by key): their award's value changed. */
    private static List<HarvestedRelease> onePercent(SearchCluster cluster, int processes) {
        ObjectNode query = MAPPER.createObjectNode().put("size", Math.max(1, processes / 100));
        query.putArray("sort").addObject().put("key", "asc");
        query.putObject("_source").putArray("includes").add("compiledRelease");
        List<HarvestedRelease> releases = new ArrayList<>();
        for (JsonNode hit : cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", query).at("/hits/hits")) {
            ObjectNode json = hit.at("/_source/compiledRelease").deepCopy();
            json.put("id", json.path("id").asText() + "-changed");
            json.putArray("tag").add("awardUpdate");
            for (JsonNode award : json.path("awards")) {
                if (award.path("value").isObject()) {
                    ((ObjectNode) award.path("value")).put("amount",
                            award.path("value").path("amount").decimalValue().multiply(new BigDecimal("1.5")));
                }
            }
            releases.add(new HarvestedRelease("bench", "bench-change", new Release(json), PackageMetadata.NONE,
                    ContentHash.of(json), List.of(), "https://example.org/changed.json"));
        }
        return releases;
    }
}
