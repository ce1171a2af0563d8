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
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.indexer.flags.NationalFlags;
import org.ocdsnacional.indexer.ingest.ProcessRebuild;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
 * the recomputation after 1 % of the processes change (their new releases compiled with the OCDS merge and flagged,
 * then the refresh that follows a harvest). Times are wall clock on a shared machine: run it when the machine is
 * quiet.
 *
 * The two harvests alternate, {@code rounds} times each (the first pays the JVM's warm-up), and the faster of each
 * is kept.
 *
 * <p>Mode {@code existing} runs only the full computation and the 1 % change, on a data folder of the embedded node
 * that already holds processes (such as {@link PortalBenchmark}'s, 1,000,000 releases; a harvest of that size takes
 * about seven minutes on a quiet machine of two cores, hours on a loaded one): its indices are prepared as {@code serve} prepares them, an older index version migrated first (timed).
 * The data folder is changed: its processes are flagged under the benchmark's settings, and 1 % of them get a new
 * release.
 *
 * <p>Usage: {@code FlagsHarvestBenchmark [releases] [workDir] [schemaMirror] [rounds]} (1,000,000 releases,
 * {@code target/bench-flags}, {@code ../shared/ocds-mirror}, 2 rounds), or
 * {@code FlagsHarvestBenchmark existing dataFolder [schemaMirror]}.
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
        if (args.length > 0 && args[0].equals("existing")) {
            existing(Path.of(args.length > 1 ? args[1] : "/tmp/flags3-data").toAbsolutePath(),
                    Path.of(args.length > 2 ? args[2] : "../shared/ocds-mirror").toAbsolutePath());
            return;
        }
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
            recompute(cluster, mirror, flagged);
        }
    }

    /**
     * The full computation and the 1 % change on a data folder that already holds processes (such as the one
     * {@link PortalBenchmark} loads): its indices are prepared first as {@code serve} does, an older index version
     * migrated.
     */
    private static void existing(Path data, Path mirror) throws IOException {
        System.out.printf("Data folder %s; %s; %s%n", data, Runtime.version(), Load.now());
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(data), MAPPER)) {
            String before = processesIndex(cluster);
            long start = System.nanoTime();
            IndexSetup.ensure(cluster, MAPPER, Map.of(IndexName.PROCESSES, ProcessRebuild.create(MAPPER)));
            System.out.printf("Index setup as serve does it: %s before, %s after (%s), in %.1f s; %s%n", before,
                    processesIndex(cluster), before.equals(processesIndex(cluster)) ? "nothing to migrate"
                            : "migrated", (System.nanoTime() - start) / 1e9, Load.now());
            recompute(cluster, mirror, NationalSettings.defaultsText() + THRESHOLDS);
        }
    }

    private static String processesIndex(SearchCluster cluster) {
        String alias = "/_alias/" + IndexName.PROCESSES.alias(cluster);
        return cluster.status("HEAD", alias) == 404 ? "none"
                : cluster.send("GET", alias, null).fieldNames().next();
    }

    /**
     * On an index of flagged processes: a full computation (settings changed, so every process is flagged again),
     * a refresh with nothing changed, and a 1 % change (compiled with the OCDS merge and flagged, then the refresh).
     */
    private static void recompute(SearchCluster cluster, Path mirror, String flagged) throws IOException {
        int processes = (int) cluster.send("GET", "/" + IndexName.PROCESSES.alias(cluster) + "/_count", null)
                .path("count").asLong();
        ReleaseMerger merger = ReleaseMerger.create(MirrorSchemaSource.of(mirror), MAPPER);
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> merger.compile(releases),
                FlagsHarvestBenchmark::generatedSource, Clock.systemUTC(), NationalFlags.open(cluster, MAPPER,
                        NationalSettings.of(flagged + "\n; settings changed at " + Instant.now()
                                + ": everything flagged again\n"), Clock.systemUTC()));
        System.out.printf("%,d processes; full computation starts, %s%n", processes, Load.now());
        long start = System.nanoTime();
        long all = indexer.catchUpFlags();
        double full = (System.nanoTime() - start) / 1e9;
        System.out.printf("Full computation: %,d processes flagged again, statistics and population flags, "
                + "in %.1f s (%s)%n", all, full, Load.now());
        start = System.nanoTime();
        indexer.refreshFlags();
        double idle = (System.nanoTime() - start) / 1e9;
        System.out.printf("Refresh with nothing changed (statistics counted over every observation, two index "
                + "refreshes): %.1f s (%s)%n", idle, Load.now());
        List<HarvestedRelease> changed = onePercent(cluster);
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

    /** The sources {@link ApiLatencyBenchmark} and {@link PortalBenchmark} load generated data under, one a state. */
    private static Optional<SourceDescriptor> generatedSource(String id) {
        return MexicanState.ALL.stream().filter(state -> id.equals("gen-" + state.code().toLowerCase())).findFirst()
                .map(state -> new SourceDescriptor(id, "Generado " + state.name(), state.code(), "state",
                        "state-platform", "active", "ocds-url", "0 0 3 * * ?"));
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

    /**
     * A new release for 1 % of the processes, every hundredth in the order of their keys (so spread over the index's
     * buyers and suppliers): dated now, their awards' values raised by half.
     */
    private static List<HarvestedRelease> onePercent(SearchCluster cluster) {
        String processes = "/" + IndexName.PROCESSES.alias(cluster) + "/_search";
        List<String> keys = new ArrayList<>();
        JsonNode after = null;
        long seen = 0;
        while (true) {
            ObjectNode page = MAPPER.createObjectNode().put("size", 10_000).put("_source", false);
            page.putArray("sort").addObject().put("key", "asc");
            if (after != null) {
                page.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", processes, page).at("/hits/hits");
            for (JsonNode hit : hits) {
                if (seen++ % 100 == 0) {
                    keys.add(hit.path("sort").path(0).asText());
                }
            }
            if (hits.size() < 10_000) {
                break;
            }
            after = hits.get(hits.size() - 1).path("sort");
        }
        List<HarvestedRelease> releases = new ArrayList<>();
        String now = Instant.now().toString();
        for (int from = 0; from < keys.size(); from += BATCH) {
            ObjectNode query = MAPPER.createObjectNode().put("size", BATCH);
            query.putObject("query").putObject("ids").set("values", MAPPER.valueToTree(keys.subList(from,
                    Math.min(keys.size(), from + BATCH))));
            query.putObject("_source").putArray("includes").add("compiledRelease").add("sources");
            for (JsonNode hit : cluster.send("POST", processes, query).at("/hits/hits")) {
                releases.add(changed(hit.at("/_source/compiledRelease"), hit.at("/_source/sources/0").asText("bench"),
                        now));
            }
        }
        return releases;
    }

    private static HarvestedRelease changed(JsonNode compiled, String source, String now) {
        ObjectNode json = compiled.deepCopy();
        json.put("id", json.path("id").asText() + "-changed-" + now).put("date", now);
        json.putArray("tag").add("awardUpdate");
        for (JsonNode award : json.path("awards")) {
            if (award.path("value").path("amount").isNumber()) {
                ((ObjectNode) award.path("value")).put("amount",
                        award.path("value").path("amount").decimalValue().multiply(new BigDecimal("1.5")));
            }
        }
        return new HarvestedRelease(source, "bench-change", new Release(json), PackageMetadata.NONE,
                ContentHash.of(json), List.of(), "https://example.org/changed.json");
    }
}
