package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.app.AppConfig;
import org.ocdsnacional.app.Application;
import org.ocdsnacional.app.Role;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 18's layouts on a 3-node OpenSearch cluster on this machine, side by side: <b>one instance</b> (role {@code
 * all}: it harvests and serves the API, asked directly) beside <b>two API instances behind nginx plus a harvester</b>
 * (roles {@code api}, {@code api}, {@code harvester}; the API asked through the proxy, configured from {@code
 * deploy/nginx.conf}). Each side starts its instances (in this JVM, each with its own HTTP server, on its own index
 * prefix of the one cluster), harvests a generated publisher (releases per second by the wall clock), then asks the
 * API two representative queries from 1 and from 8 concurrent clients (p50 and p99). The sides take turns (one,
 * two, then two, one...) after an uncounted warm-up of the first layout (the JIT, the schemas read once), and each
 * prints the load average before and after.
 *
 * <p>Usage: {@code ClusterRolesBenchmark [releases] [workDir] [schemaMirror] [rounds] [requests]} (defaults 15000,
 * target/bench-roles, ../shared/ocds-mirror, 2, 400 per query and client count). Needs {@code /usr/sbin/nginx}.
 */
public final class ClusterRolesBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SECRET = "bench-cursors-secret-shared-by-the-api-instances-0123456789";
    private static final List<String[]> QUERIES = List.of(
            new String[]{"text search", "{ processes(query: \"servicios de limpieza\", first: 20) { totalCount "
                    + "edges { node { ocid title buyer { name } awarded { amount currency } } } } }"},
            new String[]{"summary by state and year", "{ summary { byState { key processCount awarded { amount "
                    + "currency } } byYear { key processCount awarded { amount currency } } } }"});
    private static final int[] CLIENTS = {1, 8};

    private ClusterRolesBenchmark() {
    }

    /** What one side measured: harvest rate, then p50 and p99 in ms per query and client count. */
    private record Side(double releasesPerSecond, Map<String, double[]> latencies) {
    }

    public static void main(String[] args) throws Exception {
        int asked = args.length > 0 ? Integer.parseInt(args[0]) : 15_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench-roles").toAbsolutePath();
        Path mirror = Path.of(args.length > 2 ? args[2] : "../shared/ocds-mirror").toAbsolutePath();
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 400;
        int processes = (asked + BenchPackage.RELEASES_PER_PROCESS - 1) / BenchPackage.RELEASES_PER_PROCESS;
        Files.createDirectories(work);
        Path file = work.resolve("releases.json");
        long bytes = BenchPackage.write(file, processes);
        System.out.printf("Generated %,d releases (%,d processes), %,d bytes; %d rounds, sides alternating; %s%n",
                processes * BenchPackage.RELEASES_PER_PROCESS, processes, bytes, rounds, Load.now());
        try (FilePublisher publisher = new FilePublisher(file);
             BenchCluster cluster = BenchCluster.start(work.resolve("cluster-" + System.nanoTime()), 3, "768m")) {
            Path registry = BenchRegistry.write(work, publisher.url());
            System.out.printf("3-node cluster formed: %s; %s%n", cluster.urls(), Load.now());
            Side warmUp = oneInstance(cluster, registry, mirror, work, "warm-up", Math.max(10, requests / 10));
            System.out.printf("warm-up (not counted): %s%n", describe(warmUp));
            cluster.deleteDeployment("warm-up");
            List<Side> ones = new ArrayList<>();
            List<Side> twos = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (boolean two : round % 2 == 1 ? new boolean[]{false, true} : new boolean[]{true, false}) {
                    String prefix = (two ? "two" : "one") + "-r" + round;
                    String before = Load.now();
                    Side side = two ? twoApisBehindProxy(cluster, registry, mirror, work, prefix, requests)
                            : oneInstance(cluster, registry, mirror, work, prefix, requests);
                    System.out.printf("round %d %-26s %s [%s -> %s]%n", round, two ? "two API + harvester:"
                            : "one instance:", describe(side), before, Load.now());
                    (two ? twos : ones).add(side);
                    cluster.deleteDeployment(prefix);
                }
            }
            summary(ones, twos);
        }
    }

    private static Side oneInstance(BenchCluster cluster, Path registry, Path mirror, Path work, String prefix,
                                    int requests) throws Exception {
        try (Application one = Application.open(config(cluster, registry, mirror, work, prefix)).serve(Role.ALL)) {
            double rate = harvest(one);
            return new Side(rate, latencies(one.apiUri().orElseThrow(), requests));
        }
    }

    private static Side twoApisBehindProxy(BenchCluster cluster, Path registry, Path mirror, Path work, String prefix,
                                           int requests) throws Exception {
        AppConfig config = config(cluster, registry, mirror, work, prefix);
        try (Application harvester = Application.open(config).serve(Role.HARVESTER);
             Application first = Application.open(config).serve(Role.API);
             Application second = Application.open(config).serve(Role.API);
             NginxProxy proxy = NginxProxy.start(Path.of("deploy/nginx.conf"), List.of(
                     first.apiUri().orElseThrow(), second.apiUri().orElseThrow()), work.resolve("nginx-" + prefix))) {
            double rate = harvest(harvester);
            return new Side(rate, latencies(proxy.uri(), requests));
        }
    }

    /** Harvests the generated publisher once; releases per second by the wall clock. */
    private static double harvest(Application instance) {
        long start = System.nanoTime();
        HarvestRun run = instance.harvest("bench", RunTrigger.COMMAND_LINE, ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (run.state() != RunState.SUCCEEDED) {
            throw new IllegalStateException("the harvest did not succeed: " + run);
        }
        return run.counts().releases() / seconds;
    }

    /** p50 and p99 (ms) of each query from each number of clients, after a warm-up; keyed "query / N clients". */
    private static Map<String, double[]> latencies(URI api, int requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI endpoint = api.resolve("/graphql");
        Map<String, double[]> result = new HashMap<>();
        for (String[] query : QUERIES) {
            byte[] body = MAPPER.writeValueAsBytes(Map.of("query", query[1]));
            for (int i = 0; i < 50; i++) {
                post(http, endpoint, body);
            }
            for (int clients : CLIENTS) {
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                try {
                    List<Future<long[]>> each = new ArrayList<>();
                    for (int c = 0; c < clients; c++) {
                        each.add(pool.submit(() -> {
                            long[] nanos = new long[requests];
                            for (int i = 0; i < requests; i++) {
                                long start = System.nanoTime();
                                post(http, endpoint, body);
                                nanos[i] = System.nanoTime() - start;
                            }
                            return nanos;
                        }));
                    }
                    long[] all = new long[0];
                    for (Future<long[]> nanos : each) {
                        long[] some = nanos.get();
                        long[] joined = Arrays.copyOf(all, all.length + some.length);
                        System.arraycopy(some, 0, joined, all.length, some.length);
                        all = joined;
                    }
                    Arrays.sort(all);
                    result.put(query[0] + " / " + clients, new double[]{percentile(all, 50), percentile(all, 99)});
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        return result;
    }

    private static void post(HttpClient http, URI endpoint, byte[] body) throws Exception {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200 || MAPPER.readTree(answer.body()).has("errors")) {
            throw new IllegalStateException("the API answered " + answer.statusCode() + ": "
                    + new String(answer.body()));
        }
    }

    private static double percentile(long[] sorted, int percent) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String describe(Side side) {
        StringBuilder text = new StringBuilder(String.format("harvest %,.0f releases/s;", side.releasesPerSecond()));
        for (String key : keys()) {
            double[] p = side.latencies().get(key);
            text.append(String.format(" %s p50 %.1f p99 %.1f ms;", key, p[0], p[1]));
        }
        return text.toString();
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (String[] query : QUERIES) {
            for (int clients : CLIENTS) {
                keys.add(query[0] + " / " + clients);
            }
        }
        return keys;
    }

    /** The medians of the rounds, one layout beside the other, and their ratio (two ÷ one). */
    private static void summary(List<Side> ones, List<Side> twos) {
        System.out.printf("%nMedians of %d rounds          one instance   two API + proxy   two ÷ one%n", ones.size());
        double one = median(ones.stream().mapToDouble(Side::releasesPerSecond).toArray());
        double two = median(twos.stream().mapToDouble(Side::releasesPerSecond).toArray());
        System.out.printf("%-30s %12.0f %17.0f %11.2f%n", "harvest, releases/s", one, two, two / one);
        for (String key : keys()) {
            for (int p = 0; p < 2; p++) {
                int index = p;
                double a = median(ones.stream().mapToDouble(side -> side.latencies().get(key)[index]).toArray());
                double b = median(twos.stream().mapToDouble(side -> side.latencies().get(key)[index]).toArray());
                System.out.printf("%-30s %9.1f ms %14.1f ms %11.2f%n", key + (p == 0 ? " p50" : " p99"), a, b, b / a);
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static AppConfig config(BenchCluster cluster, Path registry, Path mirror, Path work, String prefix) {
        Map<String, String> settings = new HashMap<>();
        settings.put("opensearch.urls", cluster.urls());
        settings.put("opensearch.index.prefix", prefix);
        settings.put("registry.path", registry.toString());
        settings.put("schemas.mirror", mirror.toString());
        settings.put("harvest.work-dir", work.resolve("work-" + prefix).toString());
        settings.put("harvest.scheduler", "false");
        settings.put("server.port", "0");
        settings.put("api.budget.capacity", "0");
        settings.put("api.cursors.secret", SECRET);
        return AppConfig.load(Optional.empty(), settings);
    }
}
