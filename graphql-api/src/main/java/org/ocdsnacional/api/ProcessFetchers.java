package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoaderFactory;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.api.limits.CostMeter;
import org.ocdsnacional.api.limits.ResponseWeight;
import org.ocdsnacional.indexer.query.InputBounds;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.indexer.query.RegisteredSources;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Processes: searching, one by ocid, and the fields of a process that need more than its document (its
 * releases, validation issues and sources). The releases of all the processes a query shows (a page, say) are read
 * in one request, through the request's {@link #RELEASES_LOADER}.
 */
final class ProcessFetchers {

    /** The name of the DataLoader of releases by process key. */
    static final String RELEASES_LOADER = "releases";
    private static final String COMPILED = "_compiledRelease";
    /** {@code ReleaseInfo.json}: the release as published, read only when a query may ask for it. */
    private static final String RELEASE_JSON = "json";
    /** Fields of the process document not converted for every hit: the compiled release, and search-only text. */
    private static final Set<String> LAZY_FIELDS = Set.of("compiledRelease", "fullText", "observation",
            "publication");

    private final ApiBackend backend;

    ProcessFetchers(ApiBackend backend) {
        this.backend = backend;
    }

    DataFetcher<Map<String, Object>> processes() {
        return env -> connection(env, FilterInput.read(env.getArgument("filter"), backend.sources().get()),
                env.getArgument("query"));
    }

    /** {@code Organization.processes}: the processes of the organization in the source map. */
    DataFetcher<Map<String, Object>> ofOrganization() {
        return env -> {
            Map<String, Object> organization = env.getSource();
            return connection(env, ProcessFilter.builder()
                    .organizationId(Optional.of((String) organization.get("id"))).build(), null);
        };
    }

    DataFetcher<Map<String, Object>> process() {
        return env -> {
            Optional<String> source = Optional.ofNullable(env.getArgument("source"));
            RegisteredSources.check("source", source.stream().toList(), backend.sources().get());
            String ocid = InputBounds.ocid(env.getArgument("ocid"));
            return backend.processes().process(ocid, source).map(this::node).orElse(null);
        };
    }

    /**
     * A new loader of the releases of processes by key, for one request: it batches the keys asked at one level, and
     * reads the releases as published only when a key was asked with them (its context is {@code true}).
     */
    DataLoader<String, List<JsonNode>> releasesLoader() {
        return DataLoaderFactory.newMappedDataLoader((Set<String> keys, BatchLoaderEnvironment batch) ->
                CompletableFuture.completedFuture(backend.releases().of(keys,
                        batch.getKeyContexts().containsValue(Boolean.TRUE))));
    }

    DataFetcher<CompletableFuture<List<Map<String, Object>>>> releases() {
        return env -> releasesOf(env).thenApply(releases -> releases.stream().map(ProcessFetchers::releaseInfo)
                .toList());
    }

    DataFetcher<CompletableFuture<List<Object>>> validationIssues() {
        return env -> {
            int first = OrderInput.first(env.getArgument("first"), 20);
            return releasesOf(env).thenApply(releases -> issues(releases, first));
        };
    }

    private List<Object> issues(List<JsonNode> releases, int first) {
        List<Object> issues = new ArrayList<>();
        for (JsonNode release : releases) {
            for (JsonNode issue : release.at("/validation/issues")) {
                if (issues.size() == first) {
                    return issues;
                }
                issues.add(PlainValues.map(issue));
            }
        }
        return issues;
    }

    DataFetcher<List<Map<String, Object>>> publishedBy() {
        return env -> {
            Map<String, Object> process = env.getSource();
            Map<String, SourceDescriptor> byId = new HashMap<>();
            backend.sources().get().forEach(source -> byId.put(source.id(), source));
            return FilterInput.strings(process.get("sources")).stream()
                    .map(byId::get)
                    .filter(Objects::nonNull)
                    .map(Views::source)
                    .toList();
        };
    }

    private Map<String, Object> connection(DataFetchingEnvironment env, ProcessFilter filter, String text) {
        int first = OrderInput.first(env.getArgument("first"), 20);
        ProcessQuery query = new ProcessQuery(Optional.ofNullable(text), filter,
                OrderInput.processOrder(env.getArgument("orderBy")), first,
                Optional.ofNullable(env.getArgument("after")), QueryText.of(env).mayAsk("compiledRelease"));
        ProcessPage page = backend.processes().search(query,
                env.getGraphQlContext().<CostMeter>get(CostMeter.class).client());
        List<Map<String, Object>> nodes = page.hits().stream().map(hit -> node(hit.process())).toList();
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(Map.of("cursor", page.hits().get(i).cursor(), "node", nodes.get(i)));
        }
        String endCursor = page.hits().isEmpty() ? null : page.hits().getLast().cursor();
        return Map.of("totalCount", page.total(), "totalCountIsExact", page.totalExact(), "edges", edges,
                "pageInfo", Views.pageInfo(page.hasNext(), endCursor));
    }

    private static CompletableFuture<List<JsonNode>> releasesOf(DataFetchingEnvironment env) {
        Map<String, Object> process = env.getSource();
        DataLoader<String, List<JsonNode>> loader = env.getDataLoader(RELEASES_LOADER);
        return loader.load((String) process.get("key"), QueryText.of(env).mayAsk(RELEASE_JSON))
                .thenApply(found -> found == null ? List.of() : found);
    }

    /**
     * The process's searchable fields as a map. The compiled release, the largest part by far, stays JSON until a
     * query asks for it ({@link #compiledRelease()}), so a page of results converts only what it shows.
     */
    private Map<String, Object> node(JsonNode process) {
        Map<String, Object> node = new HashMap<>();
        process.properties().forEach(field -> {
            if (!LAZY_FIELDS.contains(field.getKey())) {
                node.put(field.getKey(), PlainValues.of(field.getValue()));
            }
        });
        node.put(COMPILED, process.path("compiledRelease"));
        node.put("recordPackageUrl", OcdsPackageService.recordPath(process.path("ocid").asText(),
                publisherOfLocalOcid(process)));
        return node;
    }

    /** The source of a process whose ocid is only unique within its publisher (no registered prefix). */
    private static Optional<String> publisherOfLocalOcid(JsonNode process) {
        String ocid = process.path("ocid").asText();
        return ProcessKey.isGlobal(ocid) ? Optional.empty()
                : Optional.ofNullable(process.path("sources").path(0).asText(null));
    }

    /** {@code Process.flags}: the flags stored with the process (none before it was first flagged). */
    DataFetcher<Object> flags() {
        return env -> Optional.ofNullable(((Map<?, ?>) env.getSource()).get("flags")).orElse(List.of());
    }

    /** {@code Flag.nameEs} and {@code Flag.nameEn}: the flag's names, from its code. */
    static DataFetcher<String> flagName(boolean spanish) {
        return env -> {
            FlagCode code = FlagCode.valueOf(String.valueOf(((Map<?, ?>) env.getSource()).get("code")));
            return spanish ? code.nameEs() : code.nameEn();
        };
    }

    /** {@code Process.compiledRelease}: the compiled release as typed objects, weighed, converted on demand. */
    DataFetcher<Object> compiledRelease() {
        return env -> weighed(env, ((Map<?, ?>) env.getSource()).get(COMPILED), PlainValues::map);
    }

    /** {@code Process.compiledReleaseJson}: the compiled release as it is stored, weighed. */
    DataFetcher<Object> compiledReleaseJson() {
        return env -> weighed(env, ((Map<?, ?>) env.getSource()).get(COMPILED), json -> json);
    }

    /** {@code ReleaseInfo.json}: the release as published, weighed. */
    DataFetcher<Object> releaseJson() {
        return env -> weighed(env, ((Map<?, ?>) env.getSource()).get(RELEASE_JSON), json -> json);
    }

    /** A large value in the answer, if the answer has room for it ({@link ResponseWeight}); null when absent. */
    private static Object weighed(DataFetchingEnvironment env, Object value, Function<JsonNode, Object> converted) {
        return value instanceof JsonNode json && !json.isMissingNode() && !json.isNull()
                ? ResponseWeight.of(env).admit(env, json, converted) : null;
    }

    private static Map<String, Object> releaseInfo(JsonNode release) {
        Map<String, Object> info = new HashMap<>();
        info.put("id", release.path("releaseId").asText());
        info.put("date", release.path("json").path("date").asText(null));
        List<String> tags = new ArrayList<>();
        release.path("tags").forEach(tag -> tags.add(tag.asText()));
        info.put("tags", tags);
        info.put("source", release.path("sourceId").asText());
        info.put("packageVersion", release.path("packageVersion").asText(null));
        info.put("errors", release.at("/validation/errors").asInt());
        info.put("warnings", release.at("/validation/warnings").asInt());
        info.put(RELEASE_JSON, release.path("json"));
        return info;
    }
}
