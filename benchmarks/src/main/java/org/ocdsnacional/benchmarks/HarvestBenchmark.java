package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.app.AppConfig;
import org.ocdsnacional.app.Application;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * End to end: a generated publisher of N releases (default 200,000, rounded up to whole processes of three; see
 * {@link BenchPackage}) over local HTTP, harvested, validated and indexed by the application with its embedded
 * OpenSearch node, beside the floor of what it writes: the raw bulk of the same documents (every release document
 * and every process document the run wrote, read back) into fresh indices of the same mappings, in the same process,
 * through the same in-process path to the node as the application's writes. The two sides take turns (harvest, raw,
 * harvest, raw...), each round on a fresh node, so that load from elsewhere weighs on both; each is measured by the
 * wall clock and by the process's CPU time (the node's threads included), with the load average before and after.
 * The harvest's span is the whole of {@code Application.harvest}, as a user of {@code harvest} waits for it: the run,
 * then its report stored and the refresh of flags that ends it (the CPU time always covered that span).
 * In the first round, the same run again with nothing changed, and with other bytes but the same releases.
 *
 * <p>Usage: {@code HarvestBenchmark [releases] [workDir] [schemaMirror] [rounds]} (default rounds: 2).
 */
public final class HarvestBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final OperatingSystemMXBean PROCESS = ManagementFactory.getPlatformMXBean(
            OperatingSystemMXBean.class);
    private static final int RAW_PAGE = 1_000;

    private HarvestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int asked = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int processes = (asked + BenchPackage.RELEASES_PER_PROCESS - 1) / BenchPackage.RELEASES_PER_PROCESS;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-harvest").toAbsolutePath();
        Path mirror = Path.of(args.length > 2 ? args[2] : "../shared/ocds-mirror").toAbsolutePath();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Files.createDirectories(work);
        Path file = work.resolve("releases.json");
        long bytes = BenchPackage.write(file, processes);
        System.out.printf("Generated %,d releases (%,d processes), %,d bytes; %d rounds, sides alternating%n",
                processes * BenchPackage.RELEASES_PER_PROCESS, processes, bytes, rounds);
        double[] wallRatios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        for (int round = 1; round <= rounds; round++) {
            Path data = work.resolve("opensearch-" + System.nanoTime());
            Side harvest = harvest(file, work, mirror, data, round == 1);
            System.out.printf("round %d harvest %s%n", round, harvest.describe("releases"));
            Side raw = rawBulk(data);
            System.out.printf("round %d raw     %s%n", round, raw.describe("documents"));
            wallRatios[round - 1] = raw.wall() / harvest.wall();
            cpuRatios[round - 1] = raw.cpu() / harvest.cpu();
            System.out.printf("round %d: the raw bulk of the same %,d documents takes %.2f of the harvest's time "
                    + "by the wall clock, %.2f of its CPU time (goal >= 0.8)%n", round, raw.units(),
                    wallRatios[round - 1], cpuRatios[round - 1]);
            deleteQuietly(data);
        }
        System.out.printf("%nMedian of %d rounds: raw bulk ÷ harvest = %.2f by the wall clock, %.2f per CPU-second "
                + "(goal >= 0.8)%n", rounds, CommandsBenchmark.median(wallRatios), CommandsBenchmark.median(cpuRatios));
    }

    /**
     * One side's measurement.
     *
     * @param units what it did (releases harvested, documents bulk-indexed)
     */
    private record Side(long units, double wall, double cpu, String loadBefore, String loadAfter) {

        String describe(String what) {
            return String.format("%,9d %s in %6.1f s wall, %6.1f CPU-s: %,7.0f/s wall, %,7.0f/CPU-s  [%s → %s]",
                    units, what, wall, cpu, units / wall, units / cpu, loadBefore, loadAfter);
        }
    }

    /** A first run into a fresh node; with {@code again}, the second and third runs too. */
    private static Side harvest(Path file, Path work, Path mirror, Path data, boolean again) throws Exception {
        try (FilePublisher publisher = new FilePublisher(file);
             Application app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                     "registry.path", BenchRegistry.write(work, publisher.url()).toString(),
                     "opensearch.data-dir", data.toString(),
                     "opensearch.http-port", "0",
                     "schemas.mirror", mirror.toString(),
                     "harvest.work-dir", work.resolve("tmp").toString(),
                     "harvest.scheduler", "false")))) {
            String before = Load.now();
            long cpu = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            HarvestRun first = timed("First run (everything new)", app);
            double wall = (System.nanoTime() - start) / 1e9;
            Side side = new Side(first.counts().releases(), wall, (PROCESS.getProcessCpuTime() - cpu) / 1e9, before,
                    Load.now());
            System.out.printf("  of its %.1f s: the run %.1f s, then %.1f s storing its report and refreshing the "
                    + "flags it changed%n", wall, seconds(first), wall - seconds(first));
            if (again) {
                sameAgain(app, file, first);
            }
            return side;
        }
    }

    private static void sameAgain(Application app, Path file, HarvestRun first) throws IOException {
        long writesBefore = indexWrites(app);
        HarvestRun second = timed("Second run (nothing changed)", app);
        long writes = indexWrites(app) - writesBefore;
        System.out.printf("  index writes during the second run: %d%n", writes);
        Files.writeString(file, "\n", StandardOpenOption.APPEND);
        HarvestRun third = timed("Third run (other bytes, the same releases)", app);
        long thirdWrites = indexWrites(app) - writesBefore - writes;
        System.out.printf("  index writes during the third run: %d%n", thirdWrites);
        System.out.printf("Second run / first run time: %.1f%% (goal <= 10%%), %d index writes (goal 0)%n",
                100 * seconds(second) / seconds(first), writes);
        System.out.printf("Third run / first run time: %.1f%%, %d index writes%n",
                100 * seconds(third) / seconds(first), thirdWrites);
    }

    private static HarvestRun timed(String what, Application app) {
        HarvestRun run = app.harvest("bench", RunTrigger.COMMAND_LINE, ProgressListener.NONE);
        System.out.printf("%s: %s in %.1f s; %s%n", what, run.state(), seconds(run), run.counts());
        return run;
    }

    private static double seconds(HarvestRun run) {
        return (run.finishedAt().orElseThrow().toEpochMilli() - run.startedAt().toEpochMilli()) / 1000.0;
    }

    /** Documents written to the releases and processes indices so far (OpenSearch's own counter). */
    private static long indexWrites(Application app) throws IOException {
        JsonNode stats = Http.send(app.searchUris().getFirst(), "GET",
                "/ocds-releases,ocds-processes/_stats/indexing", null);
        return stats.path("_all").path("primaries").path("indexing").path("index_total").asLong();
    }

    /**
     * Reads every release and process document the run wrote back (the process documents with their full text
     * rebuilt: the index does not keep it in _source) and bulk-indexes them into fresh indices of the same mappings
     * (the index templates give them), {@value #RAW_PAGE} per request, timing only the bulk requests and the final
     * refreshes, by the wall clock and by the process's CPU time. The node is the run's, reopened on its data folder
     * and asked in-process, as the application asks it.
     */
    private static Side rawBulk(Path data) throws IOException {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(data), MAPPER)) {
            cluster.send("GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", null);
            String before = Load.now();
            Bulked releases = copy(cluster, "ocds-releases", "uid", false);
            Bulked processes = copy(cluster, "ocds-processes", "key", true);
            return new Side(releases.documents() + processes.documents(), (releases.nanos() + processes.nanos()) / 1e9,
                    (releases.cpuNanos() + processes.cpuNanos()) / 1e9, before, Load.now());
        }
    }

    /** Documents bulk-indexed, and the wall and CPU nanoseconds the bulk requests took. */
    private record Bulked(long documents, long nanos, long cpuNanos) {
    }

    private static Bulked copy(SearchCluster cluster, String alias, String sortKey, boolean process) {
        String target = alias + "-v900";
        cluster.send("PUT", "/" + target, MAPPER.createObjectNode());
        long nanos = 0;
        long cpuNanos = 0;
        long documents = 0;
        JsonNode after = null;
        while (true) {
            ObjectNode query = MAPPER.createObjectNode().put("size", RAW_PAGE);
            query.putArray("sort").addObject().put(sortKey, "asc");
            if (after != null) {
                query.set("search_after", after);
            }
            JsonNode hits = cluster.send("POST", "/" + alias + "/_search", query).path("hits").path("hits");
            if (hits.isEmpty()) {
                break;
            }
            byte[] lines = bulkLines(hits, target, process);
            long start = System.nanoTime();
            long cpu = PROCESS.getProcessCpuTime();
            JsonNode answer = cluster.bulk(lines);
            cpuNanos += PROCESS.getProcessCpuTime() - cpu;
            nanos += System.nanoTime() - start;
            if (answer.path("errors").asBoolean()) {
                throw new IllegalStateException("raw bulk refused documents: " + answer.toString().substring(0, 500));
            }
            documents += hits.size();
            after = hits.get(hits.size() - 1).path("sort");
        }
        long start = System.nanoTime();
        long cpu = PROCESS.getProcessCpuTime();
        cluster.send("POST", "/" + target + "/_refresh", null);
        return new Bulked(documents, nanos + System.nanoTime() - start, cpuNanos + PROCESS.getProcessCpuTime() - cpu);
    }

    private static byte[] bulkLines(JsonNode hits, String target, boolean process) {
        StringBuilder bulk = new StringBuilder();
        for (JsonNode hit : hits) {
            ObjectNode doc = (ObjectNode) hit.path("_source");
            if (process) {
                doc.set("fullText", fullText(doc));
            }
            bulk.append("{\"index\":{\"_index\":\"").append(target).append("\",\"_id\":")
                    .append(hit.path("_id").toString()).append("}}\n").append(doc).append('\n');
        }
        return bulk.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.out.printf("(could not delete %s: %s)%n", folder, e.getMessage());
        }
    }

    /** The texts the indexer puts in fullText: titles, descriptions, names, items. */
    private static ArrayNode fullText(ObjectNode doc) {
        Set<String> texts = new LinkedHashSet<>();
        add(texts, doc.path("title"), doc.path("description"), doc.path("buyer").path("name"),
                doc.path("procurementMethodDetails"));
        doc.path("suppliers").forEach(supplier -> add(texts, supplier.path("name")));
        JsonNode compiled = doc.path("compiledRelease");
        for (String stage : List.of("awards", "contracts")) {
            compiled.path(stage).forEach(item -> add(texts, item.path("title"), item.path("description")));
        }
        compiled.path("tender").path("items").forEach(item -> add(texts, item.path("description"),
                item.path("classification").path("description")));
        ArrayNode list = MAPPER.createArrayNode();
        texts.forEach(list::add);
        return list;
    }

    private static void add(Set<String> texts, JsonNode... values) {
        for (JsonNode value : values) {
            if (!value.asText("").isBlank()) {
                texts.add(value.asText());
            }
        }
    }

}
