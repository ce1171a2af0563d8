package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.HttpOutcomes;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real embedded OpenSearch node holding {@link KnownProcesses} and three harvest runs of source {@code jal}
 * ({@code r1}, {@code r2} succeeded, {@code r3} failed), and the API's backend over it. Start one per test class.
 */
final class KnownIndex implements AutoCloseable {

    static final ObjectMapper MAPPER = Json.mapper();

    private final SearchCluster cluster;
    private final ReleaseIndexer indexer;
    private final ApiBackend backend;

    private KnownIndex(SearchCluster cluster, ReleaseIndexer indexer, ApiBackend backend) {
        this.cluster = cluster;
        this.indexer = indexer;
        this.backend = backend;
    }

    static KnownIndex start(Path home) {
        SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(home, 0), MAPPER);
        IndexSetup.ensure(cluster, MAPPER);
        Map<String, SourceDescriptor> sources = new HashMap<>();
        KnownProcesses.SOURCES.forEach(source -> sources.put(source.id(), source));
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> releases.getLast().json(),
                id -> Optional.ofNullable(sources.get(id)), Clock.systemUTC());
        indexer.index(KnownProcesses.releases());
        indexer.refresh();
        RunStore runs = RunStore.create(cluster, MAPPER);
        saveRuns(runs);
        ApiBackend backend = ApiBackend.over(cluster, MAPPER, ProcessSearch.create(cluster, MAPPER),
                () -> KnownProcesses.SOURCES);
        return new KnownIndex(cluster, indexer, backend);
    }

    /** Indexes more releases (of the known sources), searchable once this returns. */
    void index(List<HarvestedRelease> releases) {
        indexer.index(releases);
        indexer.refresh();
    }

    ApiBackend backend() {
        return backend;
    }

    SearchCluster cluster() {
        return cluster;
    }

    @Override
    public void close() {
        cluster.close();
    }

    private static void saveRuns(RunStore runs) {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        RunCounts counts = new RunCounts(1, 0, 100, 3, 3, 0, 0, 0, 0, 0, 0, 3, 0, HttpOutcomes.ZERO);
        runs.save(HarvestRun.start("r1", "jal", RunTrigger.SCHEDULE, t0)
                .finish(RunState.SUCCEEDED, t0.plusSeconds(1), counts, Optional.empty()));
        runs.save(HarvestRun.start("r2", "jal", RunTrigger.SCHEDULE, t0.plusSeconds(3600))
                .finish(RunState.SUCCEEDED, t0.plusSeconds(3601), counts, Optional.empty()));
        runs.save(HarvestRun.start("r3", "jal", RunTrigger.MANUAL, t0.plusSeconds(7200))
                .finish(RunState.FAILED, t0.plusSeconds(7201), RunCounts.ZERO,
                        Optional.of(new RunError("https://example.org", Optional.of(503), "HTTP 503"))));
    }
}
