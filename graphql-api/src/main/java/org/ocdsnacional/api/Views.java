package org.ocdsnacional.api;

import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.OrganizationDirectory.Role;
import org.ocdsnacional.indexer.query.OrganizationInRole;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Domain values as the maps the schema's default data fetchers read (keys are the schema's field names). */
final class Views {

    private Views() {
    }

    static List<Map<String, Object>> money(List<Money> amounts) {
        return amounts.stream()
                .map(m -> Map.<String, Object>of("amount", m.amount(), "currency", m.currency()))
                .toList();
    }

    static List<Map<String, Object>> groups(List<Group> groups) {
        return groups.stream()
                .map(group -> Map.<String, Object>of("key", group.key(), "processCount", group.processes(),
                        "awarded", money(group.awarded())))
                .toList();
    }

    /** The processes a grouping could not place: how many, and their amounts. */
    static Map<String, Object> unplaced(Group unplaced) {
        return Map.of("processCount", unplaced.processes(), "awarded", money(unplaced.awarded()));
    }

    /** Organizations in one role, with their counts in it. */
    static List<Map<String, Object>> organizations(List<Group> groups, Role role) {
        return groups.stream().map(group -> organization(group, role)).toList();
    }

    /** Organizations each in its own role. */
    static List<Map<String, Object>> organizationsInRoles(List<OrganizationInRole> found) {
        return found.stream().map(each -> organization(each.counts(), each.role())).toList();
    }

    private static Map<String, Object> organization(Group group, Role role) {
        return Map.of("id", group.key(), "name", group.name(), "role", role.name(),
                "processCount", group.processes(), "awarded", money(group.awarded()));
    }

    static Map<String, Object> source(SourceDescriptor source) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", source.id());
        map.put("name", source.name());
        map.put("state", source.state());
        map.put("level", source.level());
        map.put("kind", source.kind());
        map.put("status", source.status());
        map.put("protocol", source.protocol());
        map.put("schedule", source.schedule());
        return map;
    }

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

    static Map<String, Object> pageInfo(boolean hasNext, String endCursor) {
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", hasNext);
        pageInfo.put("endCursor", endCursor);
        return pageInfo;
    }
}
