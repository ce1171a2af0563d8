package org.ocdsnacional.api;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.runs.RunPage;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Publishers: each source with its latest run, latest success and process count, read for all listed sources in
 * one request each (only when the query asks for them), and its runs as a connection.
 */
final class SourceFetchers {

    private final ApiBackend backend;

    SourceFetchers(ApiBackend backend) {
        this.backend = backend;
    }

    DataFetcher<List<Map<String, Object>>> sources() {
        return env -> {
            List<String> statuses = FilterInput.strings(env.getArgument("status")).stream()
                    .map(status -> status.toLowerCase(Locale.ROOT)).toList();
            List<SourceDescriptor> sources = backend.sources().get().stream()
                    .filter(source -> statuses.isEmpty() || statuses.contains(source.status()))
                    .toList();
            return views(env, sources);
        };
    }

    DataFetcher<Map<String, Object>> source() {
        return env -> backend.sources().get().stream()
                .filter(source -> source.id().equals(env.getArgument("id")))
                .findFirst()
                .map(source -> views(env, List.of(source)).getFirst())
                .orElse(null);
    }

    DataFetcher<Map<String, Object>> runs() {
        return env -> {
            Map<String, Object> source = env.getSource();
            RunPage page = backend.runs().page((String) source.get("id"), OrderInput.first(env.getArgument("first"),
                    20), FilterInput.text(env.getArgument("after")));
            List<Map<String, Object>> edges = page.entries().stream()
                    .map(entry -> Map.<String, Object>of("cursor", entry.cursor(), "node", Views.run(entry.run())))
                    .toList();
            String end = page.entries().isEmpty() ? null : page.entries().getLast().cursor();
            return Map.of("edges", edges, "pageInfo", Views.pageInfo(page.hasNext(), end));
        };
    }

    private List<Map<String, Object>> views(DataFetchingEnvironment env, List<SourceDescriptor> sources) {
        List<String> ids = sources.stream().map(SourceDescriptor::id).toList();
        Map<String, HarvestRun> latest = asked(env, "lastRun") ? backend.runs().latest(ids) : Map.of();
        Map<String, HarvestRun> succeeded = asked(env, "lastSuccess")
                ? backend.runs().latestIn(ids, RunState.SUCCEEDED) : Map.of();
        Map<String, Long> processes = asked(env, "processCount") ? processCounts(ids) : Map.of();
        return sources.stream().map(source -> {
            Map<String, Object> view = new HashMap<>(Views.source(source));
            view.put("lastRun", Optional.ofNullable(latest.get(source.id())).map(Views::run).orElse(null));
            view.put("lastSuccess", Optional.ofNullable(succeeded.get(source.id())).map(Views::run).orElse(null));
            view.put("processCount", processes.getOrDefault(source.id(), 0L));
            return view;
        }).toList();
    }

    private Map<String, Long> processCounts(List<String> ids) {
        Map<String, Long> counts = new HashMap<>();
        ProcessFilter filter = ProcessFilter.builder().sources(ids).build();
        for (Group group : backend.aggregations().groups(filter, Dimension.SOURCE, DateField.RELEASE, ids.size())) {
            counts.put(group.key(), group.processes());
        }
        return counts;
    }

    private static boolean asked(DataFetchingEnvironment env, String field) {
        return env.getSelectionSet().contains(field);
    }
}
