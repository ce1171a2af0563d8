package org.ocdsnacional.web.process;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.ServerRequest;
import org.ocdsnacional.indexer.flags.FlagJson;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.InputBounds;
import org.ocdsnacional.indexer.query.RegisteredSources;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.web.PortalBackend;
import org.ocdsnacional.web.http.Language;
import org.ocdsnacional.web.http.Links;
import org.ocdsnacional.web.http.NotFoundException;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.http.Pages.View;
import org.ocdsnacional.web.search.Link;
import org.ocdsnacional.web.search.ResultItems;
import org.ocdsnacional.web.search.SearchParams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code GET /proceso/{ocid}}: one process, from its document, its compiled release and its stored releases. */
public final class ProcessPages {

    /** The sections of a release whose change the timeline reports. */
    private static final List<String> SECTIONS = List.of("planning", "tender", "awards", "contracts", "parties",
            "buyer");
    private static final int MAX_ISSUES = 100;

    private final PortalBackend backend;

    public ProcessPages(PortalBackend backend) {
        this.backend = backend;
    }

    public View render(ServerRequest request, PageContext ctx) {
        String ocid = InputBounds.ocid(request.path().pathParameters().get("ocid"));
        Optional<String> source = request.query().first(SearchParams.SOURCE).asOptional().filter(id -> !id.isBlank());
        RegisteredSources.check(SearchParams.SOURCE, source.stream().toList(), backend.sources().get());
        JsonNode process = backend.processes().process(ocid, source)
                .orElseThrow(() -> new NotFoundException(ctx.t("process.not-found", ocid)));
        JsonNode release = process.path("compiledRelease");
        List<JsonNode> releases = backend.releases().of(process.path("key").asText());
        Map<String, String> sourceNames = new HashMap<>();
        backend.sources().get().forEach(descriptor -> sourceNames.put(descriptor.id(), descriptor.name()));
        OrganizationPagesOf pages = OrganizationPagesOf.release(release, backend.organizations());
        Stages stages = new Stages(ctx, release, pages);
        return new View("process.jte", new ProcessPage(ctx, process.path("title").asText(ctx.t("process.untitled")),
                process.path("ocid").asText(), process.path("description").asText(""), facts(ctx, process, release),
                timeline(ctx, releases, sourceNames), stages.tender(), stages.awards(), stages.contracts(),
                parties(ctx, release, pages), sources(process, sourceNames), issues(ctx, releases),
                flags(ctx, process), downloads(ctx, process), process.path("withdrawn").asBoolean()));
    }

    /** The flags stored with the process, named in the page's language, each with its evidence. */
    private static List<FlagLine> flags(PageContext ctx, JsonNode process) {
        boolean english = ctx.language() == Language.EN;
        return FlagJson.read(process.path("flags")).stream()
                .map(flag -> new FlagLine(flag.code().name(), english ? flag.code().nameEn() : flag.code().nameEs(),
                        flag.evidence().stream().map(fact -> fact.field() + " = " + fact.value())
                                .collect(Collectors.joining("; "))))
                .toList();
    }

    private static List<Fact> facts(PageContext ctx, JsonNode process, JsonNode release) {
        List<Fact> facts = new ArrayList<>();
        ResultItems.organization(process.path("buyer")).ifPresent(buyer ->
                facts.add(new Fact(ctx.t("process.buyer"), buyer.label(), Optional.of(buyer.url()))));
        List<String> states = new ArrayList<>();
        process.path("states").forEach(state -> states.add(ctx.state(state.asText())));
        add(facts, ctx.t("process.state"), String.join(", ", states));
        List<String> levels = new ArrayList<>();
        process.path("levels").forEach(level -> levels.add(ctx.label("level", level.asText())));
        add(facts, ctx.t("process.level"), String.join(", ", levels));
        add(facts, ctx.t("process.method"), text(process, "procurementMethod").map(m -> ctx.label("method", m))
                .orElse(""));
        add(facts, ctx.t("process.method-details"), text(process, "procurementMethodDetails").orElse(""));
        add(facts, ctx.t("process.category"), text(process, "mainProcurementCategory")
                .map(c -> ctx.label("category", c)).orElse(""));
        add(facts, ctx.t("process.tender-status"), text(process, "tenderStatus")
                .map(s -> ctx.label("tender-status", s)).orElse(""));
        if (process.has("numberOfTenderers")) {
            add(facts, ctx.t("process.tenderers"), ctx.formats().number(process.path("numberOfTenderers").asLong()));
        }
        Money.of(release.path("tender").path("value")).ifPresent(value ->
                add(facts, ctx.t("process.tender-value"), ctx.formats().money(value)));
        add(facts, ctx.t("process.awarded"), String.join(" · ", ResultItems.amounts(process.path("awarded"), ctx)));
        add(facts, ctx.t("process.contracted"), String.join(" · ", ResultItems.amounts(process.path("contracted"),
                ctx)));
        text(process, "awardDate").ifPresent(date -> add(facts, ctx.t("process.award-date"), ctx.formats().date(date)));
        text(process, "contractSignedDate").ifPresent(date -> add(facts, ctx.t("process.contract-date"),
                ctx.formats().date(date)));
        text(process, "date").ifPresent(date -> add(facts, ctx.t("process.date"), ctx.formats().date(date)));
        return facts;
    }

    private static List<TimelineEntry> timeline(PageContext ctx, List<JsonNode> releases,
                                                Map<String, String> sourceNames) {
        List<TimelineEntry> timeline = new ArrayList<>();
        Map<String, JsonNode> previousBySource = new HashMap<>();
        for (JsonNode stored : releases) {
            JsonNode json = stored.path("json");
            String sourceId = stored.path("sourceId").asText();
            JsonNode previous = previousBySource.put(sourceId, json);
            List<String> changed = new ArrayList<>();
            for (String section : SECTIONS) {
                boolean differs = previous == null ? json.has(section)
                        : !previous.path(section).equals(json.path(section));
                if (differs) {
                    changed.add(ctx.t("process.section." + section).toLowerCase(ctx.language().locale()));
                }
            }
            List<String> tags = new ArrayList<>();
            stored.path("tags").forEach(tag -> tags.add(ctx.label("tag", tag.asText())));
            timeline.add(new TimelineEntry(json.path("date").asText("").isEmpty() ? "—"
                    : ctx.formats().date(json.path("date").asText()), stored.path("releaseId").asText(), tags,
                    sourceNames.getOrDefault(sourceId, sourceId), changed,
                    stored.at("/validation/errors").asInt() + stored.at("/validation/warnings").asInt()));
        }
        return timeline;
    }

    private static List<Fact> parties(PageContext ctx, JsonNode release, OrganizationPagesOf pages) {
        List<Fact> parties = new ArrayList<>();
        for (JsonNode party : release.path("parties")) {
            List<String> roles = new ArrayList<>();
            party.path("roles").forEach(role -> roles.add(ctx.label("role", role.asText())));
            String name = party.path("name").asText(party.path("id").asText(""));
            Optional<String> url = OrganizationIdentity.of(party).flatMap(pages::url);
            String identifier = party.path("identifier").path("id").asText("");
            String label = String.join(", ", roles) + (identifier.isEmpty() ? "" : " · " + identifier);
            parties.add(new Fact(label, name, url));
        }
        return parties;
    }

    private static List<Link> sources(JsonNode process, Map<String, String> sourceNames) {
        List<Link> sources = new ArrayList<>();
        process.path("sources").forEach(id -> sources.add(new Link(sourceNames.getOrDefault(id.asText(),
                id.asText()), Links.source(id.asText()))));
        return sources;
    }

    private static List<IssueLine> issues(PageContext ctx, List<JsonNode> releases) {
        List<IssueLine> issues = new ArrayList<>();
        for (JsonNode release : releases) {
            for (JsonNode issue : release.at("/validation/issues")) {
                if (issues.size() == MAX_ISSUES) {
                    return issues;
                }
                String message = ctx.language().code().equals("en") ? issue.path("messageEn").asText("")
                        : issue.path("messageEs").asText("");
                issues.add(new IssueLine(ctx.label("severity", issue.path("severity").asText("")),
                        issue.path("type").asText(""), issue.path("path").asText(""), message,
                        release.path("releaseId").asText()));
            }
        }
        return issues;
    }

    private static List<Link> downloads(PageContext ctx, JsonNode process) {
        String ocid = process.path("ocid").asText();
        String query = "?ocid=" + Links.query(ocid) + (ProcessKey.isGlobal(ocid) ? ""
                : "&source=" + Links.query(process.path("sources").path(0).asText()));
        return List.of(new Link(ctx.t("process.download.record"), "/ocds/record-package" + query),
                new Link(ctx.t("process.download.releases"), "/ocds/release-package" + query));
    }

    static void add(List<Fact> facts, String label, String value) {
        if (!value.isBlank()) {
            facts.add(Fact.of(label, value));
        }
    }

    static Optional<String> text(JsonNode node, String field) {
        String text = node.path(field).asText("");
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
