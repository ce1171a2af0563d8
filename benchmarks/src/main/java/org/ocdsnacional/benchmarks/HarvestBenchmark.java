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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * End to end: a generated publisher of N releases (default 200,000, rounded up to whole processes of three; see
 * {@link BenchPackage}) over local HTTP, harvested, validated and indexed by the application with its embedded
 * OpenSearch node; then the same run again with nothing changed; then, as the limit of this machine, the raw bulk
 * rate of the same process documents into a fresh index of the same mapping, in the same process, through the same
 * in-process path to the node as the application's writes.
 *
 * <p>Usage: {@code HarvestBenchmark [releases] [workDir] [schemaMirror]}.
 */
public final class HarvestBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int RAW_PAGE = 1_000;

    private HarvestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int asked = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int processes = (asked + BenchPackage.RELEASES_PER_PROCESS - 1) / BenchPackage.RELEASES_PER_PROCESS;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-harvest").toAbsolutePath();
        Path mirror = Path.of(args.length > 2 ? args[2] : "../shared/ocds-mirror").toAbsolutePath();
        Files.createDirectories(work);
        Path file = work.resolve("releases.json");
        long bytes = BenchPackage.write(file, processes);
        System.out.printf("Generated %,d releases (%,d processes), %,d bytes%n",
                processes * BenchPackage.RELEASES_PER_PROCESS, processes, bytes);
        Path data = work.resolve("opensearch-" + System.nanoTime());
        HarvestRun first;
        HarvestRun second;
        HarvestRun third;
        long writes;
        long thirdWrites;
        try (FilePublisher publisher = new FilePublisher(file);
             Application app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                     "registry.path", BenchRegistry.write(work, publisher.url()).toString(),
                     "opensearch.data-dir", data.toString(),
                     "opensearch.http-port", "0",
                     "schemas.mirror", mirror.toString(),
                     "harvest.work-dir", work.resolve("tmp").toString(),
                     "harvest.scheduler", "false")))) {
            first = timed("First run (everything new)", app);
            long writesBefore = indexWrites(app);
            second = timed("Second run (nothing changed)", app);
            writes = indexWrites(app) - writesBefore;
            System.out.printf("  index writes during the second run: %d%n", writes);
            Files.writeString(file, "\n", StandardOpenOption.APPEND);
            third = timed("Third run (other bytes, the same releases)", app);
            thirdWrites = indexWrites(app) - writesBefore - writes;
            System.out.printf("  index writes during the third run: %d%n", thirdWrites);
        }
        RawRate raw = rawBulkRate(data);
        double e2e = first.counts().releases() / seconds(first);
        System.out.printf("%nEnd to end: %,.0f releases/s (%,d releases, %,d processes)%n", e2e,
                first.counts().releases(), first.counts().processes());
        System.out.printf("Raw bulk of the same %,d process documents: %,.0f documents/s%n", raw.documents(),
                raw.rate());
        System.out.printf("Ratio end-to-end releases/s to raw process documents/s: %.2f (goal >= 0.5)%n",
                e2e / raw.rate());
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
     * Reads every process document back (with its full text rebuilt: the index does not keep it in _source) and
     * bulk-indexes it into a fresh index of the same mapping, timing only the bulk requests. The node is the run's,
     * reopened on its data folder and asked in-process, as the application asks it.
     */
    private static RawRate rawBulkRate(Path data) throws IOException {
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(data), MAPPER)) {
            cluster.send("GET", "/_cluster/health?wait_for_status=yellow&timeout=60s", null);
            String target = "ocds-processes-v900";
            cluster.send("PUT", "/" + target, MAPPER.createObjectNode());
            long nanos = 0;
            long documents = 0;
            JsonNode after = null;
            while (true) {
                ObjectNode query = MAPPER.createObjectNode().put("size", RAW_PAGE);
                query.putArray("sort").addObject().put("key", "asc");
                if (after != null) {
                    query.set("search_after", after);
                }
                JsonNode hits = cluster.send("POST", "/ocds-processes/_search", query).path("hits").path("hits");
                if (hits.isEmpty()) {
                    break;
                }
                StringBuilder bulk = new StringBuilder();
                for (JsonNode hit : hits) {
                    ObjectNode doc = (ObjectNode) hit.path("_source");
                    doc.set("fullText", fullText(doc));
                    bulk.append("{\"index\":{\"_index\":\"").append(target).append("\",\"_id\":")
                            .append(MAPPER.writeValueAsString(hit.path("_id").asText())).append("}}\n")
                            .append(doc).append('\n');
                }
                byte[] lines = bulk.toString().getBytes(StandardCharsets.UTF_8);
                long start = System.nanoTime();
                JsonNode answer = cluster.bulk(lines);
                nanos += System.nanoTime() - start;
                if (answer.path("errors").asBoolean()) {
                    throw new IllegalStateException("raw bulk refused documents: "
                            + answer.toString().substring(0, 500));
                }
                documents += hits.size();
                after = hits.get(hits.size() - 1).path("sort");
            }
            long start = System.nanoTime();
            cluster.send("POST", "/" + target + "/_refresh", null);
            nanos += System.nanoTime() - start;
            return new RawRate(documents, documents / (nanos / 1e9));
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

    private record RawRate(long documents, double rate) {
    }
}
