package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.ocdsnacional.api.ApiBackend;
import org.ocdsnacional.api.ApiServer;
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ProcessRebuild;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.web.Portal;
import org.ocdsnacional.web.PortalBackend;
import org.ocdsnacional.web.PortalConfig;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal beside the API, same server, same run: the server time of the search page and of an organization's
 * page at p50 and p99, each beside the GraphQL query that returns the same data (measured alternately, block by
 * block); the weight of the home and search pages as a browser downloads them (gzip, first visit with the assets,
 * next page without them); and the CSV download of a whole search (rows per second, the heap after collections
 * while it runs, for a tenth of the rows and for all of them, after one uncounted download of the tenth), then the
 * JSON Lines and release package downloads of the tenth (compiled releases).
 *
 * <p>Arguments: schema mirror folder, number of releases (5 per process; the data folder keeps them, so later runs
 * skip the load), data folder, requests per measurement, the processes of the CSV download, and {@code csv} to
 * measure the downloads only (not the pages).
 */
public final class PortalBenchmark {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int RELEASES_PER_PROCESS = 5;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/static/[^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("href=\"(/buscar\\?[^\"]*despues=[^\"]+)\"");

    private PortalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ApiServer.configureCarriers();
        Path mirror = Path.of(args.length > 0 ? args[0] : "../shared/ocds-mirror");
        int releases = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path data = Path.of(args.length > 2 ? args[2] : "benchmarks/target/bench/api-data");
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int csvRows = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        boolean csvOnly = args.length > 5 && args[5].equals("csv");
        HeapAfterGc heap = HeapAfterGc.listen();
        List<SourceDescriptor> sources = MexicanState.ALL.stream()
                .map(state -> new SourceDescriptor("gen-" + state.code().toLowerCase(), "Generado " + state.name(),
                        state.code(), "state", "state-platform", "active", "ocds-url", "0 0 3 * * ?"))
                .toList();
        try (SearchCluster cluster = SearchCluster.open(ClusterConfig.embedded(data, 0), MAPPER)) {
            long setup = System.nanoTime();
            IndexSetup.ensure(cluster, MAPPER, Map.of(IndexName.PROCESSES, ProcessRebuild.create(MAPPER)));
            System.out.printf("Index setup (a data folder of an older version is migrated, as serve does): %d s%n",
                    Duration.ofNanos(System.nanoTime() - setup).toSeconds());
            ApiLatencyBenchmark.load(cluster, mirror, releases / RELEASES_PER_PROCESS, sources);
            ApiBackend api = ApiBackend.over(cluster, MAPPER, ProcessSearch.create(cluster, MAPPER), () -> sources);
            ProcessAggregations aggregations = api.aggregations();
            Portal portal = Portal.create(new PortalBackend(api.processes(), aggregations, api.organizations(),
                    api.releases(), api.runs(), () -> sources, api.issues(), api.nationalRates()),
                    new PortalConfig(csvRows, Optional.empty(), false), MAPPER);
            try (ApiServer server = ApiServer.builder().host("127.0.0.1").port(0).backend(api)
                    .admin(ApiLatencyBenchmark.unusedAdmin()).config(ApiLatencyBenchmark.unlimited()).mapper(MAPPER).moreRoutes(portal::routing).start()) {
                OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(10)).build();
                URI base = server.uri();
                String supplier = aggregations.topSuppliers(ProcessFilter.NONE, Ranking.COUNT, Optional.empty(), 1)
                        .getFirst().key();
                if (!csvOnly) {
                    latency(http, base, supplier, requests);
                    weight(http, base);
                }
                csv(http, base, csvRows, heap);
            }
        }
    }

    private static void latency(OkHttpClient http, URI base, String supplier, int requests) throws Exception {
        String filter = "{states: [MX_JAL, MX_NLE, MX_CMX], procurementMethods: [DIRECT]}";
        String process = "ocid title states procurementMethod date buyer { name orgId } suppliers { name orgId } "
                + "awarded { amount currency }";
        String groups = "{ key processCount }";
        String searchQuery = "{ processes(filter: " + filter + ", first: 20) { totalCount edges { cursor node { "
                + process + " } } pageInfo { hasNextPage endCursor } } summary(filter: " + filter + ") { "
                + "processCount awarded { amount currency } byState " + groups + " byYear " + groups
                + " byMethod " + groups + " byCategory " + groups + " topBuyers(first: 10) { id name processCount } "
                + "topSuppliers(first: 10) { id name processCount } } sources { id name } }";
        String role = "{ processCount awarded { amount currency } byYear { key processCount awarded { amount currency "
                + "} } byState " + groups + " counterparties(first: 10) { id name processCount } }";
        String organizationQuery = "{ organization(id: \"" + supplier + "\") { id rfc names identifiers asBuyer "
                + role + " asSupplier " + role + " processes(first: 20) { totalCount edges { cursor node { "
                + process + " } } } } }";
        System.out.printf("%nLoad average before the pages: %s%n", Load.now());
        System.out.printf("%-22s %12s %12s %12s %12s %8s %8s %9s%n", "page", "page p50", "page p99",
                "GraphQL p50", "GraphQL p99", "p50 x", "p99 x", "requests");
        row(http, "search page", base.resolve("/buscar?estado=MX-JAL&estado=MX-NLE&estado=MX-CMX&metodo=direct"),
                base.resolve("/graphql"), searchQuery, requests);
        row(http, "organization page", base.resolve("/organizacion/" + supplier), base.resolve("/graphql"),
                organizationQuery, requests);
    }

    /** The two sides alternately, in blocks of ten requests, after a warm-up of each. */
    private static void row(OkHttpClient http, String name, URI page, URI graphQl, String query, int requests)
            throws Exception {
        for (int i = 0; i < 30; i++) {
            get(http, page);
            post(http, graphQl, query);
        }
        long[] pageTimes = new long[requests];
        long[] apiTimes = new long[requests];
        for (int done = 0; done < requests; done += 10) {
            for (int i = done; i < Math.min(requests, done + 10); i++) {
                long start = System.nanoTime();
                get(http, page);
                pageTimes[i] = System.nanoTime() - start;
            }
            for (int i = done; i < Math.min(requests, done + 10); i++) {
                long start = System.nanoTime();
                post(http, graphQl, query);
                apiTimes[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(pageTimes);
        Arrays.sort(apiTimes);
        System.out.printf("%-22s %9.1f ms %9.1f ms %9.1f ms %9.1f ms %8.2f %8.2f %,9d%n", name, ms(pageTimes, 50),
                ms(pageTimes, 99), ms(apiTimes, 50), ms(apiTimes, 99), ms(pageTimes, 50) / ms(apiTimes, 50),
                ms(pageTimes, 99) / ms(apiTimes, 99), requests);
    }

    /** Bytes transferred (gzip accepted, as browsers do): a first visit with its assets, then the next page. */
    private static void weight(OkHttpClient http, URI base) throws IOException {
        System.out.printf("%n%-34s %14s %14s%n", "page weight (transferred, gzip)", "first visit", "next page");
        String home = text(http, base.resolve("/"));
        long homeFirst = transferred(http, base.resolve("/")) + assets(http, base, home);
        String search = text(http, base.resolve("/buscar?q=servicios"));
        long searchFirst = transferred(http, base.resolve("/buscar?q=servicios")) + assets(http, base, search);
        Matcher next = NEXT.matcher(search);
        long searchNext = next.find() ? transferred(http, base.resolve(next.group(1).replace("&amp;", "&"))) : -1;
        System.out.printf("%-34s %11.1f KB %14s%n", "home (map included)", homeFirst / 1024.0, "—");
        System.out.printf("%-34s %11.1f KB %11.1f KB%n", "search \"servicios\", 20 results", searchFirst / 1024.0,
                searchNext / 1024.0);
    }

    private static void csv(OkHttpClient http, URI base, int rows, HeapAfterGc heap) throws IOException {
        System.out.printf("%nLoad average before the downloads: %s%n", Load.now());
        System.out.printf("%-22s %10s %10s %12s %22s %16s%n", "CSV download", "rows", "seconds", "rows/s",
                "max heap after GC", "resident (RSS)");
        String threeStates = "?estado=MX-JAL&estado=MX-MEX&estado=MX-CMX";
        text(http, base.resolve("/exportar/procesos.csv" + threeStates));
        for (String search : List.of(threeStates, "")) {
            System.gc();
            heap.reset();
            long start = System.nanoTime();
            long lines = 0;
            Request request = new Request.Builder().url(base.resolve("/exportar/procesos.csv" + search).toString())
                    .build();
            try (Response response = http.newCall(request).execute(); ResponseBody body = response.body()) {
                BufferedSource source = body.source();
                while (source.readUtf8Line() != null) {
                    lines++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-22s %,10d %10.1f %,12.0f %19.0f MB %13s%n", search.isEmpty() ? "every process"
                    : "three states", lines - 1, seconds, (lines - 1) / seconds, heap.max() / 1e6, resident());
        }
        System.out.println("(a download carries at most portal.export-limit processes, here " + rows + ")");
        compiled(http, base, heap);
    }

    /**
     * The two downloads that carry each process's compiled release, read from its source (100 per page): JSON Lines
     * (one release a line) and the OCDS release package, for the three states only.
     */
    private static void compiled(OkHttpClient http, URI base, HeapAfterGc heap) throws IOException {
        System.out.printf("%n%-34s %10s %10s %12s %10s %22s%n", "compiled releases, three states", "processes",
                "seconds", "processes/s", "MB", "max heap after GC");
        String search = "?estado=MX-JAL&estado=MX-MEX&estado=MX-CMX";
        for (String path : List.of("/exportar/procesos.jsonl", "/exportar/paquete.json")) {
            System.gc();
            heap.reset();
            long start = System.nanoTime();
            long bytes = 0;
            long processes;
            Request request = new Request.Builder().url(base.resolve(path + search).toString()).build();
            try (Response response = http.newCall(request).execute(); ResponseBody body = response.body()) {
                processes = Long.parseLong(response.header("X-Export-Total", "0"));
                BufferedSource source = body.source();
                byte[] buffer = new byte[64 * 1024];
                for (int read = source.read(buffer); read >= 0; read = source.read(buffer)) {
                    bytes += read;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%-34s %,10d %10.1f %,12.0f %10.1f %19.0f MB%n", path, processes, seconds,
                    processes / seconds, bytes / 1e6, heap.max() / 1e6);
        }
    }

    /** The process's resident memory as Linux counts it (heap, the node's off-heap buffers, code): VmRSS. */
    private static String resident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB").findFirst().orElse("n/a");
    }

    private static long assets(OkHttpClient http, URI base, String page) throws IOException {
        long total = 0;
        List<String> seen = new ArrayList<>();
        Matcher asset = ASSET.matcher(page);
        while (asset.find()) {
            if (!seen.contains(asset.group(1))) {
                seen.add(asset.group(1));
                total += transferred(http, base.resolve(asset.group(1)));
            }
        }
        return total;
    }

    /** The body's size as sent (gzipped when the server gzips it), headers aside. */
    private static long transferred(OkHttpClient http, URI uri) throws IOException {
        Request request = new Request.Builder().url(uri.toString()).header("Accept-Encoding", "gzip").build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().bytes().length;
        }
    }

    private static String text(OkHttpClient http, URI uri) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(uri.toString()).build()).execute()) {
            return response.body().string();
        }
    }

    private static void get(OkHttpClient http, URI uri) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(uri.toString()).build()).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException(uri + " answered " + response.code());
            }
            response.body().bytes();
        }
    }

    private static void post(OkHttpClient http, URI uri, String query) throws IOException {
        String body = MAPPER.writeValueAsString(java.util.Map.of("query", query));
        try (Response response = http.newCall(new Request.Builder().url(uri.toString())
                .post(RequestBody.create(body, JSON)).build()).execute()) {
            String answer = response.body().string();
            if (response.code() != 200 || answer.contains("\"errors\"")) {
                throw new IllegalStateException("GraphQL answered " + response.code() + ": " + answer);
            }
        }
    }

    private static double ms(long[] sorted, int percentile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[index] / 1e6;
    }
}
