package org.ocdsnacional.web.publishers;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.ServerRequest;
import org.ocdsnacional.indexer.issues.GroupPage;
import org.ocdsnacional.indexer.issues.RunReport;
import org.ocdsnacional.indexer.issues.StoredGroup;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.runs.RunPage;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.web.PortalBackend;
import org.ocdsnacional.web.http.BadRequestException;
import org.ocdsnacional.web.http.Links;
import org.ocdsnacional.web.http.NotFoundException;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.http.Pages.View;
import org.ocdsnacional.web.http.Problems;
import org.ocdsnacional.web.process.Fact;
import org.ocdsnacional.web.search.SearchParams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /publicadores} and {@code GET /publicadores/{id}}: every source's harvest, and one source's runs and
 * validation issues. Read through the indexer's run and issue stores, the same calls the API's {@code sources},
 * {@code runs} and {@code issues} make.
 */
public final class PublishersPages {

    /** Runs in a source's trend. */
    static final int TREND = 10;
    private static final int RUNS_PAGE = 10;
    private static final int GROUPS_PAGE = 25;
    private static final String RUNS_AFTER = "corridas_despues";
    private static final String GROUPS_FROM = "problemas_desde";

    private final PortalBackend backend;
    private final boolean scheduledHarvests;

    /** @param scheduledHarvests whether the sources' schedules fire on this deployment */
    public PublishersPages(PortalBackend backend, boolean scheduledHarvests) {
        this.backend = backend;
        this.scheduledHarvests = scheduledHarvests;
    }

    public View list(ServerRequest request, PageContext ctx) {
        List<SourceDescriptor> sources = backend.sources().get();
        List<SourceRow> rows = rows(ctx, sources);
        long active = sources.stream().filter(source -> source.status().equals("active")).count();
        long harvested = rows.stream().filter(row -> !row.lastSuccess().equals("—")).count();
        return new View("publishers.jte", new PublishersPage(ctx, rows, ctx.formats().number(active),
                ctx.formats().number(harvested)));
    }

    public View source(ServerRequest request, PageContext ctx) {
        String id = request.path().pathParameters().get("id");
        SourceDescriptor source = backend.sources().get().stream().filter(descriptor -> descriptor.id().equals(id))
                .findFirst().orElseThrow(() -> new NotFoundException(ctx.t("source.not-found", id)));
        SourceRow row = rows(ctx, List.of(source)).getFirst();
        RunPage runs = backend.runs().page(id, RUNS_PAGE, request.query().first(RUNS_AFTER).asOptional());
        int from = groupsFrom(request);
        Optional<RunReport> report = latestReport(id, runs);
        List<IssueGroupView> groups = new ArrayList<>();
        long total = 0;
        boolean more = false;
        if (report.isPresent()) {
            GroupPage page = backend.issues().groups(report.get().runId(), GROUPS_PAGE, from, Optional.empty());
            page.groups().forEach(group -> groups.add(group(ctx, group, source)));
            total = page.total();
            more = page.hasNext();
        }
        String base = Links.source(id);
        return new View("source.jte", new SourcePage(ctx, row, facts(ctx, source), source.status().equals("retired"),
                SearchParams.none().with(SearchParams.SOURCE, id).url(),
                runs.entries().stream().map(entry -> RunViews.of(entry.run(), ctx)).toList(),
                runs.hasNext() ? Optional.of(base + "?" + RUNS_AFTER + "=" + Links.query(runs.entries().getLast()
                        .cursor()) + "#corridas") : Optional.empty(),
                report.map(found -> report(ctx, found)).orElse(List.of()),
                report.map(found -> ctx.formats().dateTime(found.startedAt())), groups, ctx.formats().number(total),
                more ? Optional.of(base + "?" + GROUPS_FROM + "=" + (from + GROUPS_PAGE) + "#problemas")
                        : Optional.empty(),
                from > 0 ? Optional.of(base + "?" + GROUPS_FROM + "=" + Math.max(0, from - GROUPS_PAGE)
                        + "#problemas") : Optional.empty()));
    }

    private List<SourceRow> rows(PageContext ctx, List<SourceDescriptor> sources) {
        List<String> ids = sources.stream().map(SourceDescriptor::id).toList();
        Map<String, HarvestRun> latest = backend.runs().latest(ids);
        Map<String, HarvestRun> succeeded = backend.runs().latestIn(ids, RunState.SUCCEEDED);
        Map<String, List<HarvestRun>> recent = backend.runs().recent(ids, TREND);
        Map<String, Long> processes = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Group group : backend.aggregations().groups(ProcessFilter.builder().sources(ids).build(),
                    Dimension.SOURCE, DateField.RELEASE, ids.size())) {
                processes.put(group.key(), group.processes());
            }
        }
        List<SourceRow> rows = new ArrayList<>();
        for (SourceDescriptor source : sources) {
            List<HarvestRun> trend = new ArrayList<>(recent.getOrDefault(source.id(), List.of()));
            java.util.Collections.reverse(trend);
            List<SourceRow.TrendMark> marks = new ArrayList<>();
            for (int i = 0; i < trend.size(); i++) {
                marks.add(new SourceRow.TrendMark(i * 8, RunViews.tone(trend.get(i).state())));
            }
            rows.add(new SourceRow(source.id(), source.name(), Links.source(source.id()),
                    ctx.state(source.state()), ctx.label("source.status", source.status()),
                    source.status().equals("active") ? "good" : source.status().equals("retired") ? "neutral" : "warn",
                    schedule(source, ctx),
                    Optional.ofNullable(latest.get(source.id())).map(run -> RunViews.of(run, ctx)),
                    Optional.ofNullable(succeeded.get(source.id())).flatMap(HarvestRun::finishedAt)
                            .map(ctx.formats()::dateTime).orElse("—"),
                    ctx.formats().number(processes.getOrDefault(source.id(), 0L)), marks,
                    String.join(", ", trend.stream().map(run -> ctx.label("run.state", run.state().name()))
                            .toList())));
        }
        return rows;
    }

    /** When a source is harvested: on its schedule when it is active and schedules fire, else only when asked. */
    private String schedule(SourceDescriptor source, PageContext ctx) {
        if (!source.status().equals("active")) {
            return ctx.t("source.not-harvested");
        }
        return scheduledHarvests ? RunViews.schedule(source.schedule(), ctx) : ctx.t("source.on-demand");
    }

    /** The report of the newest run on this page that stored one (a failed run validates nothing). */
    private Optional<RunReport> latestReport(String sourceId, RunPage runs) {
        for (RunPage.Entry entry : runs.entries()) {
            Optional<RunReport> report = backend.issues().report(entry.run().runId());
            if (report.isPresent()) {
                return report;
            }
        }
        return Optional.empty();
    }

    private static List<Fact> facts(PageContext ctx, SourceDescriptor source) {
        return List.of(Fact.of(ctx.t("source.id"), source.id()), Fact.of(ctx.t("source.protocol"), source.protocol()),
                Fact.of(ctx.t("process.level"), ctx.label("level", source.level())),
                Fact.of(ctx.t("source.kind"), ctx.label("source.kind", source.kind())));
    }

    private static List<Fact> report(PageContext ctx, RunReport report) {
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(ctx.t("source.report.errors"), ctx.formats().number(report.errors())));
        facts.add(Fact.of(ctx.t("source.report.warnings"), ctx.formats().number(report.warnings())));
        facts.add(Fact.of(ctx.t("source.report.infos"), ctx.formats().number(report.infos())));
        facts.add(Fact.of(ctx.t("source.report.groups"), ctx.formats().number(report.groupCount())));
        JsonNode summary = report.summary();
        for (String field : List.of("releases", "tenders", "awards", "contracts", "buyers", "suppliers")) {
            if (summary.path(field).isNumber()) {
                facts.add(Fact.of(ctx.t("source.summary." + field), ctx.formats().number(summary.path(field)
                        .asLong())));
            }
        }
        return facts;
    }

    private static IssueGroupView group(PageContext ctx, StoredGroup group, SourceDescriptor source) {
        String change;
        String tone = "";
        if (group.previousCount().isEmpty()) {
            change = ctx.t("source.change.first");
        } else {
            long delta = group.count() - group.previousCount().getAsLong();
            if (group.previousCount().getAsLong() == 0) {
                change = ctx.t("source.change.new");
                tone = "worse";
            } else if (delta == 0) {
                change = ctx.t("source.change.same");
            } else {
                change = (delta > 0 ? "+" : "−") + ctx.formats().number(Math.abs(delta));
                tone = delta > 0 ? "worse" : "better";
            }
        }
        List<IssueGroupView.Example> examples = new ArrayList<>();
        for (JsonNode example : group.examples()) {
            String ocid = example.path("ocid").asText("");
            String url = ocid.isEmpty() ? "" : Links.process(ocid, ProcessKey.isGlobal(ocid) ? Optional.empty()
                    : Optional.of(source.id()));
            examples.add(new IssueGroupView.Example(ocid, url, example.path("releaseId").asText(""),
                    example.path("path").asText(""), example.path("value").asText("")));
        }
        return new IssueGroupView(ctx.label("severity", group.severity()),
                group.severity().equals("ERROR") ? "bad" : group.severity().equals("WARNING") ? "warn" : "neutral",
                group.type(), group.pathPattern(), ctx.formats().number(group.count()), change, tone,
                group.messageEs(), group.messageEn(), examples);
    }

    private static int groupsFrom(ServerRequest request) {
        String given = request.query().first(GROUPS_FROM).asOptional().orElse("0");
        try {
            int from = Integer.parseInt(given);
            if (from >= 0 && from <= 10_000) {
                return from;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadRequestException(Problems.bilingual("problem.count", GROUPS_FROM, InvalidQueryException.shown(given)));
    }
}
