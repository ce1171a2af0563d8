package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.schema.DataFetcher;
import org.ocdsnacional.indexer.issues.GroupPage;
import org.ocdsnacional.indexer.issues.RunReport;
import org.ocdsnacional.indexer.issues.StoredGroup;
import org.ocdsnacional.indexer.query.InvalidQueryException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What publishers see about their data: a run by id, and for each run its validation report and its issue groups,
 * page by page, beside the previous run's counts.
 */
final class ValidationFetchers {

    private static final String CURSOR_PREFIX = "issues:";
    /** OpenSearch pages at most 10,000 hits deep ({@code index.max_result_window}): no cursor of ours is past it. */
    private static final int MAX_OFFSET = 10_000 - OrderInput.MAX_PAGE;

    private final ApiBackend backend;

    ValidationFetchers(ApiBackend backend) {
        this.backend = backend;
    }

    /** {@code Query.run(id)}. */
    DataFetcher<Map<String, Object>> run() {
        return env -> backend.runs().find(env.getArgument("id")).map(Views::run).orElse(null);
    }

    /** {@code HarvestRun.validation}. */
    DataFetcher<Map<String, Object>> runValidation() {
        return env -> backend.issues().report(runId(env.getSource())).map(this::report).orElse(null);
    }

    /** {@code HarvestRun.issues(first, after, severity)}. */
    DataFetcher<Map<String, Object>> runIssues() {
        return env -> {
            int first = OrderInput.first(env.getArgument("first"), 20);
            int offset = Optional.ofNullable(env.<String>getArgument("after")).map(ValidationFetchers::offset)
                    .map(after -> after + 1).orElse(0);
            GroupPage page = backend.issues().groups(runId(env.getSource()), first, offset,
                    Optional.ofNullable(env.getArgument("severity")));
            return connection(page);
        };
    }

    private Map<String, Object> report(RunReport report) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("errors", report.errors());
        map.put("warnings", report.warnings());
        map.put("infos", report.infos());
        map.put("issueCount", report.issueCount());
        map.put("groupCount", report.groupCount());
        map.put("ungroupedIssues", report.ungroupedIssues());
        map.put("previousRunId", report.previousRunId().orElse(null));
        map.put("profiles", PlainValues.of(report.profiles()));
        map.put("summary", PlainValues.of(report.summary()));
        return map;
    }

    private Map<String, Object> connection(GroupPage page) {
        List<Map<String, Object>> edges = new ArrayList<>();
        for (int i = 0; i < page.groups().size(); i++) {
            edges.add(Map.of("cursor", cursor(page.offset() + i), "node", group(page.groups().get(i))));
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", page.hasNext());
        pageInfo.put("endCursor", edges.isEmpty() ? null : edges.getLast().get("cursor"));
        return Map.of("totalCount", page.total(), "edges", edges, "pageInfo", pageInfo);
    }

    private Map<String, Object> group(StoredGroup group) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("severity", group.severity());
        map.put("type", group.type());
        map.put("pathPattern", group.pathPattern());
        map.put("field", group.field());
        map.put("count", group.count());
        map.put("previousCount", group.previousCount().isPresent() ? group.previousCount().getAsLong() : null);
        map.put("messageEs", group.messageEs());
        map.put("messageEn", group.messageEn());
        map.put("examples", PlainValues.of(group.examples()));
        return map;
    }


    private static String runId(Map<String, Object> run) {
        return (String) run.get("id");
    }

    private static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int offset = text.startsWith(CURSOR_PREFIX) ? Integer.parseInt(text.substring(CURSOR_PREFIX.length()))
                    : -1;
            if (offset >= 0 && offset < MAX_OFFSET) {
                return offset;
            }
        } catch (IllegalArgumentException e) {
            // Not one of ours: said below.
        }
        throw new InvalidQueryException("«after» no es un cursor de esta lista de problemas / «after» is not a cursor "
                + "of this issue list: use an endCursor it returned.");
    }
}
