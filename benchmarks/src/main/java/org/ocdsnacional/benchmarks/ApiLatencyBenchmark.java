package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.ocdsnacional.api.ApiBackend;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.ApiServer;
import org.ocdsnacional.api.admin.AdminOperations;
import org.ocdsnacional.api.admin.SourceStatus;
import org.ocdsnacional.api.limits.BudgetConfig;
import org.ocdsnacional.api.limits.QueryLimits;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.AmountRange;
import org.ocdsnacional.indexer.query.Answers;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Latency of six representative queries through GraphQL, beside the same OpenSearch requests sent directly to
 * OpenSearch, in the same run, with one client and with 16 concurrent clients. Three sides:
 * <ul>
 *   <li><b>direct</b>: the indexer's read side sends its requests to the node over HTTP, as any client outside
 *   this process reaches OpenSearch (no GraphQL, no API);</li>
 *   <li><b>GraphQL</b>: the query posted over HTTP to the API, which asks its embedded node in-process (the
 *   default deployment);</li>
 *   <li><b>API over HTTP</b>: the same, with the API asking the node over HTTP, as it does an external cluster.</li>
 * </ul>
 * Loads generated releases into an embedded node first (kept in the data folder, so later runs skip the load).
 *
 * <p>Arguments: schema mirror folder, number of releases (5 per process), data folder, requests per measurement
 * (at least; the sides are also measured for {@value #MEASURED_SECONDS} s each on average), and optionally a part
 * of the name of the only queries to measure (e.g. {@code summary}).
 */
public final class ApiLatencyBenchmark {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final int RELEASES_PER_PROCESS = 5;
    private static final int BATCH = 2_000;
    private static final int CONCURRENT = 16;
    private static final int DEEP_PAGE = 500;
    private static final int BLOCK = 50;
    private static final int MEASURED_SECONDS = 10;
    private static final MediaType JSON = MediaType.get("application/json");

    private ApiLatencyBenchmark() {
    }

    /** One representative query: its GraphQL text and the equivalent direct work. */
    private record Case(String name, String graphQl, Timing.Work direct) {
    }

    public static void main(String[] args) throws Exception {
        ApiServer.configureCarriers();
        Path mirror = Path.of(args.length > 0 ? args[0] : "../shared/ocds-mirror");
        int releases = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path data = Path.of(args.length > 2 ? args[2] : "benchmarks/target/bench/api-data");
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        String only = args.length > 4 ? args[4] : "";
        List<SourceDescriptor> sources = MexicanState.ALL.stream()
                .map(state -> new SourceDescriptor("gen-" + state.code().toLowerCase(), "Generado " + state.name(),
                        state.code(), "state", "state-platform", "active", "ocds-url", "0 0 3 * * ?"))
                .toList();
        try (SearchCluster embedded = SearchCluster.open(ClusterConfig.embedded(data, 0), MAPPER);
             SearchCluster overHttp = SearchCluster.open(ClusterConfig.external(embedded.uris()), MAPPER)) {
            IndexSetup.ensure(embedded, MAPPER);
            load(embedded, mirror, releases / RELEASES_PER_PROCESS, sources);
            ApiBackend direct = backend(overHttp, sources);
            try (ApiServer api = server(backend(embedded, sources));
                 ApiServer apiOverHttp = server(direct)) {
                measure(cases(direct).stream().filter(query -> query.name().contains(only)).toList(),
                        api.uri().resolve("/graphql"), apiOverHttp.uri().resolve("/graphql"), requests);
            }
        }
    }

    /** The read side on {@code cluster}: in-process to the embedded node, or over HTTP to it. */
    private static ApiBackend backend(SearchCluster cluster, List<SourceDescriptor> sources) {
        return ApiBackend.over(cluster, MAPPER, ProcessSearch.create(cluster, MAPPER), () -> sources);
    }

    private static ApiServer server(ApiBackend backend) {
        return ApiServer.builder().host("127.0.0.1").port(0).backend(backend).admin(unusedAdmin())
                .config(unlimited()).mapper(MAPPER).start();
    }

    private static List<Case> cases(ApiBackend backend) {
        ProcessFilter filtered = ProcessFilter.builder().states(List.of("MX-JAL", "MX-NLE", "MX-CMX"))
                .methods(List.of("direct")).amount(Optional.of(new AmountRange(
                        Optional.of("MXN"), Optional.of(new BigDecimal("100000")), Optional.empty()))).build();
        String cursor = cursorBeforePage(backend, DEEP_PAGE);
        String topSupplier = backend.aggregations().topSuppliers(ProcessFilter.NONE, Ranking.COUNT,
                Optional.empty(), 1).getFirst().key();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("text search", "{ processes(query: \"servicios de limpieza\", first: 20) { totalCount "
                + "edges { node { ocid title buyer { name } awarded { amount currency } } } } }",
                () -> size(backend.processes().search(query(Optional.of("servicios de limpieza"),
                        ProcessFilter.NONE, Optional.empty())))));
        cases.add(new Case("filtered search", "{ processes(first: 20, filter: {states: [MX_JAL, MX_NLE, "
                + "MX_CMX], procurementMethods: [DIRECT], amount: {currency: \"MXN\", min: \"100000\"}}) "
                + "{ totalCount edges { node { ocid title buyer { name } awarded { amount currency } } } } }",
                () -> size(backend.processes().search(query(Optional.empty(), filtered, Optional.empty())))));
        cases.add(new Case("page " + DEEP_PAGE, "{ processes(first: 20, after: \"" + cursor + "\") { edges "
                + "{ node { ocid title } } pageInfo { endCursor } } }",
                () -> size(backend.processes().search(query(Optional.empty(), ProcessFilter.NONE,
                        Optional.of(cursor))))));
        cases.add(new Case("organization profile", "{ organization(id: \"" + topSupplier + "\") { names "
                + "asSupplier { processCount awarded { amount currency } byState { key processCount } "
                + "counterparties(first: 10) { id name processCount } } } }",
                () -> profile(backend, topSupplier)));
        cases.add(new Case("summary by state and year", "{ summary { byState { key processCount awarded { amount "
                + "currency } } byYear { key processCount awarded { amount currency } } } }",
                () -> byStateAndYear(backend)));
        cases.add(new Case("top suppliers", "{ summary { topSuppliers(first: 20, orderBy: {by: AMOUNT, currency: "
                + "\"MXN\"}) { id name processCount awarded { amount currency } } } }",
                () -> backend.aggregations().topSuppliers(ProcessFilter.NONE, Ranking.AMOUNT, Optional.of("MXN"), 20)
                        .size()));
        return cases;
    }

    /** Both groupings in one search, as the API asks them for one summary. */
    private static long byStateAndYear(ApiBackend backend) {
        Aggregation<List<Group>> byState = Aggregation.groups(Dimension.STATE, DateField.RELEASE, 200);
        Aggregation<List<Group>> byYear = Aggregation.groups(Dimension.YEAR, DateField.RELEASE, 200);
        Answers answers = backend.aggregations().answer(ProcessFilter.NONE, List.of(byState, byYear));
        return answers.find(byState).orElseThrow().size() + answers.find(byYear).orElseThrow().size();
    }

    /** The organization, then its supplier profile's four aggregations in one search, as the API asks them. */
    private static long profile(ApiBackend backend, String orgId) {
        ProcessFilter asSupplier = ProcessFilter.builder().supplierId(Optional.of(orgId)).build();
        long found = backend.organizations().find(orgId).map(org -> 1L).orElse(0L);
        Aggregation<Group> totals = Aggregation.totals();
        Aggregation<List<Group>> byState = Aggregation.groups(Dimension.STATE, DateField.RELEASE, 40);
        Aggregation<List<Group>> buyers = Aggregation.topBuyers(Ranking.COUNT, Optional.empty(), 10);
        Answers answers = backend.aggregations().answer(asSupplier, List.of(totals, Aggregation.awardedTo(orgId),
                byState, buyers));
        return found + answers.find(totals).orElseThrow().processes() + answers.find(byState).orElseThrow().size()
                + answers.find(buyers).orElseThrow().size();
    }

    private static void measure(List<Case> cases, URI graphQl, URI graphQlOverHttp, int requests)
            throws Exception {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(CONCURRENT * 2, 5, TimeUnit.MINUTES))
                .build();
        System.out.printf("%-26s %7s %11s %11s %11s %11s %7s %7s %13s %13s %9s  %s%n", "query", "clients",
                "direct p50", "direct p99", "GraphQL p50", "GraphQL p99", "p50 x", "p99 x", "API-HTTP p50x",
                "API-HTTP p99x", "requests", "GC pauses in direct / GraphQL blocks");
        for (Case query : cases) {
            for (int clients : new int[]{1, CONCURRENT}) {
                List<Timing.Work> sides = List.of(query.direct(), () -> post(http, graphQl, query.graphQl()),
                        () -> post(http, graphQlOverHttp, query.graphQl()));
                List<Measured> measured = alternating(sides, clients, requests);
                long[] direct = measured.get(0).latencies();
                long[] api = measured.get(1).latencies();
                long[] apiOverHttp = measured.get(2).latencies();
                System.out.printf("%-26s %7d %9.1fms %9.1fms %9.1fms %9.1fms %6.2fx %6.2fx %12.2fx %12.2fx %9d"
                                + "  %s / %s%n", query.name(), clients, ms(direct, 50), ms(direct, 99), ms(api, 50),
                        ms(api, 99), ms(api, 50) / ms(direct, 50), ms(api, 99) / ms(direct, 99),
                        ms(apiOverHttp, 50) / ms(direct, 50), ms(apiOverHttp, 99) / ms(direct, 99), direct.length,
                        measured.get(0).pauses(), measured.get(1).pauses());
            }
        }
    }

    /**
     * One side's per-request latencies (ns, sorted) and the garbage collections that paused the JVM during its
     * blocks: a pause stops every request in flight, so at 16 clients one pause can make a side's p99.
     */
    private record Measured(long[] latencies, GcPauses pauses) {
    }

    /**
     * At least {@code requests} calls of each side, and blocks until the sides have taken
     * {@value #MEASURED_SECONDS} s each on average, after
     * {@code requests} calls of each to warm up (steady state is measured, not the JIT compiling the code path). The
     * time floor gives the cheap queries as many slow requests to rank as the expensive ones: the p99 of 1,000
     * requests of 1 ms is the tenth slowest of one second, decided by whichever side a background task or a
     * collection happened to land in. The sides take turns in blocks of {@value #BLOCK} requests, so that whatever
     * else the machine does weighs on all alike. The clients are the same {@code clients} threads throughout, as an
     * application's are: a thread new to a block would make its first request pay for the thread's own set-up.
     */
    private static List<Measured> alternating(List<Timing.Work> sides, int clients, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            warmUp(pool, sides, clients, requests);
            List<List<long[]>> blocks = new ArrayList<>();
            GcPauses[] pauses = new GcPauses[sides.size()];
            for (int side = 0; side < sides.size(); side++) {
                blocks.add(new ArrayList<>());
                pauses[side] = GcPauses.NONE;
            }
            long floor = System.nanoTime() + TimeUnit.SECONDS.toNanos((long) MEASURED_SECONDS * sides.size());
            for (int done = 0; done < requests || System.nanoTime() < floor; done += BLOCK) {
                for (int side = 0; side < sides.size(); side++) {
                    GcPauses before = GcPauses.now();
                    blocks.get(side).add(block(pool, sides.get(side), clients));
                    pauses[side] = pauses[side].plus(GcPauses.now().since(before));
                }
            }
            List<Measured> measured = new ArrayList<>();
            for (int side = 0; side < sides.size(); side++) {
                long[] latencies = blocks.get(side).stream().flatMapToLong(Arrays::stream).sorted().toArray();
                measured.add(new Measured(latencies, pauses[side]));
            }
            return measured;
        } finally {
            pool.shutdown();
        }
    }

    private static void warmUp(ExecutorService pool, List<Timing.Work> sides, int clients, int requests)
            throws Exception {
        for (Timing.Work side : sides) {
            for (int done = 0; done < requests; done += BLOCK) {
                block(pool, side, clients);
            }
        }
    }

    /** The latencies (ns) of {@value #BLOCK} calls of {@code work}, spread over {@code clients} of the pool. */
    private static long[] block(ExecutorService pool, Timing.Work work, int clients) throws Exception {
        long[] latencies = new long[BLOCK];
        List<Future<?>> done = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int first = client;
            done.add(pool.submit(() -> {
                for (int i = first; i < BLOCK; i += clients) {
                    long start = System.nanoTime();
                    work.run();
                    latencies[i] = System.nanoTime() - start;
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        return latencies;
    }

    private static long post(OkHttpClient http, URI endpoint, String query) throws Exception {
        Request request = new Request.Builder().url(endpoint.toString())
                .post(RequestBody.create(MAPPER.writeValueAsBytes(Map.of("query", query)), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            byte[] body = response.body().bytes();
            JsonNode answer = MAPPER.readTree(body);
            if (answer.has("errors")) {
                throw new IllegalStateException("GraphQL errors: " + answer.get("errors"));
            }
            return body.length;
        }
    }

    private static String cursorBeforePage(ApiBackend backend, int page) {
        ProcessPage current = backend.processes().search(query(Optional.empty(), ProcessFilter.NONE,
                Optional.empty()));
        for (int i = 2; i < page; i++) {
            current = backend.processes().search(query(Optional.empty(), ProcessFilter.NONE,
                    Optional.of(current.hits().getLast().cursor())));
        }
        return current.hits().getLast().cursor();
    }

    /** A page of 20 without compiled releases, as the GraphQL queries (which do not ask for them) read it. */
    private static ProcessQuery query(Optional<String> text, ProcessFilter filter, Optional<String> after) {
        return new ProcessQuery(text, filter, Optional.empty(), 20, after, false);
    }

    private static long size(ProcessPage page) {
        return page.hits().size();
    }

    private static double ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[index] / 1e6;
    }

    /** Loads the processes (5 releases each) unless the data folder already holds them. */
    static void load(SearchCluster cluster, Path mirror, int processes, List<SourceDescriptor> sources)
            throws Exception {
        long present = cluster.send("GET", "/ocds-processes/_count", null).path("count").asLong();
        if (present >= processes) {
            System.out.printf("Data folder already holds %,d processes; not loading.%n", present);
            return;
        }
        Map<String, SourceDescriptor> byState = new LinkedHashMap<>();
        sources.forEach(source -> byState.put(source.state(), source));
        ReleaseMerger merger = ReleaseMerger.create(MirrorSchemaSource.of(mirror), MAPPER);
        ReleaseIndexer indexer = ReleaseIndexer.create(cluster, MAPPER, (releases, pkg) -> merger.compile(releases),
                id -> sources.stream().filter(source -> source.id().equals(id)).findFirst(), Clock.systemUTC());
        Dataset dataset = Dataset.of(GeneratorSettings.of(processes, 11).withReleasesPerProcess(RELEASES_PER_PROCESS));
        long start = System.nanoTime();
        List<HarvestedRelease> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < processes; i++) {
            String source = byState.get(dataset.state(i).code()).id();
            for (var json : dataset.releases(i)) {
                batch.add(new HarvestedRelease(source, "bench", new Release(json), PackageMetadata.NONE,
                        ContentHash.of(json), List.of(), "generated"));
            }
            if (batch.size() >= BATCH) {
                indexer.index(batch);
                batch = new ArrayList<>(BATCH);
            }
            if (i % 20_000 == 0) {
                System.out.printf("loading: %,d of %,d processes, %s%n", i, processes,
                        Duration.ofNanos(System.nanoTime() - start).toSeconds() + " s");
            }
        }
        indexer.index(batch);
        indexer.refresh();
        System.out.printf("Loaded %,d processes (%,d releases) in %d s%n", processes,
                processes * RELEASES_PER_PROCESS, Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    /** Budgets off and a high cost ceiling: the benchmark measures latency, not the limits. */
    static ApiConfig unlimited() {
        return new ApiConfig(new QueryLimits(100_000, 12, 20_000, 5_000, 1L << 30), new BudgetConfig(0, 0),
                Duration.ofSeconds(60), List.of("*"), false, Optional.empty(), PagingConfig.DEFAULTS, List.of(),
                Optional.empty());
    }

    /** The benchmark asks no admin mutation; any would be a mistake of the benchmark itself. */
    static AdminOperations unusedAdmin() {
        return new AdminOperations() {
            @Override
            public RunRequest runSourceNow(String sourceId) {
                throw new UnsupportedOperationException("no admin in the benchmark");
            }

            @Override
            public StatusChange setSourceStatus(String sourceId, SourceStatus status) {
                throw new UnsupportedOperationException("no admin in the benchmark");
            }

            @Override
            public RegistryReload reloadRegistry() {
                throw new UnsupportedOperationException("no admin in the benchmark");
            }
        };
    }
}
