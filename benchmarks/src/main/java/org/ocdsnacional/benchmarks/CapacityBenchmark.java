package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.app.AppConfig;
import org.ocdsnacional.app.Application;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The measurements behind docs/CAPACITY.md: what a release costs in the index.
 *
 * <ol>
 *   <li>The real Mexican fixtures ({@code ../shared/fixtures/real/mexico-*}): how many bytes a published release
 *   takes, minified, and how well it compresses (gzip), to turn a publisher's file sizes into release counts.</li>
 *   <li>A generated publisher of N releases ({@link BenchPackage}, Jalisco, three releases per process) harvested
 *   by the application into an embedded node; every index force-merged to one segment, as an index settles once
 *   it is no longer written; each index's primary store size, per release, per process and per byte of published
 *   JSON.</li>
 * </ol>
 *
 * <p>Usage: {@code CapacityBenchmark [releases] [workDir] [schemaMirror] [fixturesDir]}.
 */
public final class CapacityBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CapacityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int asked = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int processes = (asked + BenchPackage.RELEASES_PER_PROCESS - 1) / BenchPackage.RELEASES_PER_PROCESS;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-capacity").toAbsolutePath();
        Path mirror = Path.of(args.length > 2 ? args[2] : "../shared/ocds-mirror").toAbsolutePath();
        Path fixtures = Path.of(args.length > 3 ? args[3] : "../shared/fixtures/real").toAbsolutePath();
        Files.createDirectories(work);
        publishedReleases(fixtures);
        Path file = work.resolve("releases.json");
        long bytes = BenchPackage.write(file, processes);
        System.out.printf("%nGenerated: %,d releases (%,d processes), %,d bytes of release package, %,.0f bytes per"
                + " release%n", processes * BenchPackage.RELEASES_PER_PROCESS, processes, bytes,
                (double) bytes / (processes * BenchPackage.RELEASES_PER_PROCESS));
        Path data = work.resolve("opensearch-" + System.nanoTime());
        HarvestRun run;
        try (FilePublisher publisher = new FilePublisher(file);
             Application app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                     "registry.path", BenchRegistry.write(work, publisher.url()).toString(),
                     "opensearch.data-dir", data.toString(),
                     "schemas.mirror", mirror.toString(),
                     "harvest.work-dir", work.resolve("tmp").toString(),
                     "harvest.scheduler", "false")))) {
            run = app.harvest("bench", RunTrigger.COMMAND_LINE, ProgressListener.NONE);
            System.out.printf("Harvest: %s, %s%n", run.state(), run.counts());
        }
        indexSizes(data, run.counts().releases(), run.counts().processes(), bytes);
    }

    /** Size and compression of the releases the Mexican fixtures hold, per publisher. */
    private static void publishedReleases(Path fixtures) throws IOException {
        System.out.println("Published releases in the real Mexican fixtures (minified JSON):");
        System.out.printf("  %-26s %9s %14s %12s%n", "publisher", "releases", "bytes/release", "gzip ratio");
        try (Stream<Path> publishers = Files.list(fixtures)) {
            for (Path publisher : publishers.filter(p -> p.getFileName().toString().startsWith("mexico-")).sorted()
                    .toList()) {
                ByteArrayOutputStream minified = new ByteArrayOutputStream();
                long releases = releases(publisher, minified);
                if (releases == 0) {
                    continue;
                }
                System.out.printf("  %-26s %,9d %,14.0f %12.1f%n", publisher.getFileName(), releases,
                        (double) minified.size() / releases, (double) minified.size() / gzipped(minified));
            }
        }
    }

    /** Writes every full release under {@code folder} (packages and records alike) minified; returns how many. */
    private static long releases(Path folder, OutputStream out) throws IOException {
        long count = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode release : found(MAPPER.readTree(file.toFile()))) {
                    out.write(MAPPER.writeValueAsBytes(release));
                    out.write('\n');
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The full releases of a document: a bare release, or the objects with an ocid, an id and a date in its
     * {@code releases} arrays (release and record packages).
     */
    private static List<JsonNode> found(JsonNode document) {
        if (isRelease(document)) {
            return List.of(document);
        }
        Stream<JsonNode> arrays = document.findValues("releases").stream().filter(JsonNode::isArray);
        return arrays.flatMap(array -> Stream.iterate(0, i -> i < array.size(), i -> i + 1).map(array::get))
                .filter(CapacityBenchmark::isRelease).toList();
    }

    private static boolean isRelease(JsonNode node) {
        return node.has("ocid") && node.has("id") && node.has("date");
    }

    private static long gzipped(ByteArrayOutputStream content) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            content.writeTo(gzip);
        }
        return compressed.size();
    }

    /** Each index's primary store size once merged to one segment, per release and per process. */
    private static void indexSizes(Path data, long releases, long processes, long publishedBytes) {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(data, 0), MAPPER)) {
            cluster.send("GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", null);
            cluster.send("POST", "/" + cluster.indexPrefix() + "-*/_forcemerge?max_num_segments=1", null);
            System.out.printf("%nIndex sizes after a merge to one segment (primaries, no replica):%n");
            System.out.printf("  %-20s %10s %14s %14s %14s%n", "index", "documents", "bytes", "per release",
                    "per process");
            long total = 0;
            for (IndexName index : IndexName.values()) {
                String alias = index.alias(cluster);
                long size = cluster.send("GET", "/" + alias + "/_stats/store", null)
                        .at("/_all/primaries/store/size_in_bytes").asLong();
                long documents = cluster.send("GET", "/" + alias + "/_count", null).path("count").asLong();
                total += size;
                System.out.printf("  %-20s %,10d %,14d %,14.0f %,14.0f%n", alias, documents, size,
                        (double) size / releases, (double) size / processes);
            }
            System.out.printf("  %-20s %10s %,14d %,14.0f %,14.0f%n", "all", "", total, (double) total / releases,
                    (double) total / processes);
            System.out.printf("Index bytes per byte of published release package: %.2f%n",
                    (double) total / publishedBytes);
        }
    }
}
