package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.DataFetcher;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.indexer.query.Summary;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The root fields of the schema. Results are plain maps whose keys are the schema's field names. */
final class QueryFetchers {

    static final int MAX_PAGE = 100;

    private final ApiBackend backend;
    private final ObjectMapper mapper;

    QueryFetchers(ApiBackend backend, ObjectMapper mapper) {
        this.backend = backend;
        this.mapper = mapper;
    }

    DataFetcher<Map<String, Object>> processes() {
        return env -> {
            int first = env.getArgumentOrDefault("first", 20);
            if (first < 1 || first > MAX_PAGE) {
                throw new InvalidQueryException("«first» debe estar entre 1 y " + MAX_PAGE + " / «first» must be"
                        + " between 1 and " + MAX_PAGE + "; page with «after» for more.");
            }
            ProcessQuery query = new ProcessQuery(Optional.ofNullable(env.getArgument("query")),
                    FilterInput.read(env.getArgument("filter")), first, Optional.ofNullable(env.getArgument("after")));
            return connection(backend.processes().search(query));
        };
    }

    DataFetcher<Map<String, Object>> process() {
        return env -> backend.processes()
                .process(env.getArgument("ocid"), Optional.ofNullable(env.getArgument("source")))
                .map(this::node)
                .orElse(null);
    }

    DataFetcher<List<Map<String, Object>>> sources() {
        return env -> {
            List<SourceDescriptor> sources = backend.sources().get();
            Map<String, HarvestRun> latest = backend.runs().latest(sources.stream().map(SourceDescriptor::id).toList());
            return sources.stream().map(source -> source(source, Optional.ofNullable(latest.get(source.id()))))
                    .toList();
        };
    }

    DataFetcher<Map<String, Object>> summary() {
        return env -> summary(backend.processes().summary(FilterInput.read(env.getArgument("filter"))));
    }

    private Map<String, Object> connection(ProcessPage page) {
        List<Map<String, Object>> edges = page.hits().stream()
                .map(hit -> Map.<String, Object>of("cursor", hit.cursor(), "node", node(hit.process())))
                .toList();
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", page.hasNext());
        pageInfo.put("endCursor", page.hits().isEmpty() ? null : page.hits().getLast().cursor());
        return Map.of("totalCount", page.total(), "edges", edges, "pageInfo", pageInfo);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> node(JsonNode process) {
        return mapper.convertValue(process, Map.class);
    }

    private static Map<String, Object> source(SourceDescriptor source, Optional<HarvestRun> lastRun) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", source.id());
        map.put("name", source.name());
        map.put("state", source.state());
        map.put("level", source.level());
        map.put("kind", source.kind());
        map.put("status", source.status());
        map.put("protocol", source.protocol());
        map.put("schedule", source.schedule());
        map.put("lastRun", lastRun.map(QueryFetchers::run).orElse(null));
        return map;
    }

    /** A run as the schema's HarvestRun (its validation and issues are fetched on demand, by id). */
    static Map<String, Object> run(HarvestRun run) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", run.runId());
        map.put("trigger", run.trigger().name());
        map.put("state", run.state().name());
        map.put("startedAt", run.startedAt().toString());
        map.put("finishedAt", run.finishedAt().map(Object::toString).orElse(null));
        map.put("counts", run.counts());
        map.put("error", run.error().map(error -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("url", error.url());
            e.put("status", error.status().orElse(null));
            e.put("reason", error.reason());
            return e;
        }).orElse(null));
        return map;
    }

    private static Map<String, Object> summary(Summary summary) {
        List<Map<String, Object>> byState = summary.byState().stream()
                .map(group -> Map.<String, Object>of("state", group.key(), "processCount", group.processes(),
                        "awarded", money(group.awarded())))
                .toList();
        return Map.of("processCount", summary.processes(), "awarded", money(summary.awarded()), "byState", byState);
    }

    private static List<Map<String, Object>> money(List<Money> amounts) {
        return amounts.stream()
                .map(m -> Map.<String, Object>of("amount", m.amount(), "currency", m.currency()))
                .toList();
    }
}
