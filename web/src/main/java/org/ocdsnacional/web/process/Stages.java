package org.ocdsnacional.web.process;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.search.Link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.ocdsnacional.web.process.ProcessPages.add;

/** The tender, awards and contracts of a compiled release as readable sections. */
final class Stages {

    private final PageContext ctx;
    private final JsonNode release;
    private final OrganizationPagesOf pages;
    private final Map<String, JsonNode> parties = new HashMap<>();

    Stages(PageContext ctx, JsonNode release, OrganizationPagesOf pages) {
        this.ctx = ctx;
        this.release = release;
        this.pages = pages;
        release.path("parties").forEach(party -> parties.put(party.path("id").asText(""), party));
    }

    Optional<Stage> tender() {
        JsonNode tender = release.path("tender");
        if (!tender.isObject() || tender.isEmpty()) {
            return Optional.empty();
        }
        List<Fact> facts = new ArrayList<>();
        add(facts, ctx.t("process.id"), tender.path("id").asText(""));
        add(facts, ctx.t("process.status"), label("tender-status", tender.path("status")));
        add(facts, ctx.t("process.method"), label("method", tender.path("procurementMethod")));
        money(facts, ctx.t("process.tender-value"), tender.path("value"));
        period(facts, ctx.t("process.tender-period"), tender.path("tenderPeriod"));
        period(facts, ctx.t("process.enquiry-period"), tender.path("enquiryPeriod"));
        if (tender.path("numberOfTenderers").isNumber()) {
            add(facts, ctx.t("process.tenderers"), ctx.formats().number(tender.path("numberOfTenderers").asLong()));
        }
        return Optional.of(new Stage(tender.path("title").asText(ctx.t("process.section.tender")),
                tender.path("description").asText(""), facts, organizations(tender.path("tenderers")),
                items(tender.path("items")), documents(tender.path("documents")), List.of()));
    }

    List<Stage> awards() {
        List<Stage> awards = new ArrayList<>();
        for (JsonNode award : release.path("awards")) {
            List<Fact> facts = new ArrayList<>();
            add(facts, ctx.t("process.status"), label("award-status", award.path("status")));
            date(facts, ctx.t("process.award-date"), award.path("date"));
            money(facts, ctx.t("process.value"), award.path("value"));
            period(facts, ctx.t("process.contract-period"), award.path("contractPeriod"));
            awards.add(new Stage(ctx.t("process.award", award.path("id").asText("")),
                    award.path("title").asText("") + description(award), facts,
                    organizations(award.path("suppliers")), items(award.path("items")),
                    documents(award.path("documents")), List.of()));
        }
        return awards;
    }

    List<Stage> contracts() {
        List<Stage> contracts = new ArrayList<>();
        for (JsonNode contract : release.path("contracts")) {
            List<Fact> facts = new ArrayList<>();
            add(facts, ctx.t("process.status"), label("contract-status", contract.path("status")));
            add(facts, ctx.t("process.award-id"), contract.path("awardID").asText(""));
            date(facts, ctx.t("process.contract-date"), contract.path("dateSigned"));
            money(facts, ctx.t("process.value"), contract.path("value"));
            period(facts, ctx.t("process.contract-period"), contract.path("period"));
            contracts.add(new Stage(ctx.t("process.contract", contract.path("id").asText("")),
                    contract.path("title").asText("") + description(contract), facts, List.of(),
                    items(contract.path("items")), documents(contract.path("documents")),
                    implementation(contract.path("implementation"))));
        }
        return contracts;
    }

    private static String description(JsonNode stage) {
        String description = stage.path("description").asText("");
        return description.isEmpty() ? "" : (stage.path("title").asText("").isEmpty() ? "" : ". ") + description;
    }

    /** The organizations referred to, by name, each linked to its page when it has one. */
    private List<Mention> organizations(JsonNode references) {
        List<Mention> named = new ArrayList<>();
        for (JsonNode reference : references) {
            JsonNode party = parties.getOrDefault(reference.path("id").asText(""), reference);
            String name = party.path("name").asText(reference.path("name").asText(reference.path("id").asText("")));
            OrganizationIdentity.of(party).or(() -> OrganizationIdentity.of(reference))
                    .ifPresent(identity -> named.add(new Mention(name, pages.url(identity))));
        }
        return named;
    }

    private List<String> items(JsonNode items) {
        List<String> lines = new ArrayList<>();
        for (JsonNode item : items) {
            StringBuilder line = new StringBuilder(item.path("description").asText(
                    item.path("classification").path("description").asText(item.path("id").asText(""))));
            if (item.path("quantity").isNumber() || item.path("quantity").isTextual()) {
                line.append(" — ").append(item.path("quantity").asText()).append(' ')
                        .append(item.path("unit").path("name").asText(""));
            }
            String scheme = item.path("classification").path("scheme").asText("");
            if (!scheme.isEmpty()) {
                line.append(" (").append(scheme).append(' ').append(item.path("classification").path("id").asText(""))
                        .append(')');
            }
            lines.add(line.toString().trim());
        }
        return lines;
    }

    private List<Link> documents(JsonNode documents) {
        List<Link> links = new ArrayList<>();
        for (JsonNode document : documents) {
            String url = document.path("url").asText("");
            if (url.startsWith("http://") || url.startsWith("https://")) {
                String title = document.path("title").asText(document.path("documentType").asText(url));
                links.add(new Link(title, url));
            }
        }
        return links;
    }

    private List<String> implementation(JsonNode implementation) {
        List<String> lines = new ArrayList<>();
        for (JsonNode transaction : implementation.path("transactions")) {
            String amount = Money.of(transaction.path("value")).or(() -> Money.of(transaction.path("amount")))
                    .map(ctx.formats()::money).orElse("");
            lines.add(ctx.t("process.transaction", dateText(transaction.path("date")), amount,
                    transaction.path("payee").path("name").asText("")));
        }
        for (JsonNode milestone : implementation.path("milestones")) {
            lines.add(ctx.t("process.milestone", milestone.path("title").asText(milestone.path("id").asText("")),
                    milestone.path("status").asText(""), dateText(milestone.path("dateMet").isMissingNode()
                            ? milestone.path("dueDate") : milestone.path("dateMet"))));
        }
        return lines;
    }

    private String label(String prefix, JsonNode code) {
        return code.asText("").isEmpty() ? "" : ctx.label(prefix, code.asText());
    }

    private void money(List<Fact> facts, String label, JsonNode value) {
        Money.of(value).ifPresent(money -> add(facts, label, ctx.formats().money(money)));
    }

    private void date(List<Fact> facts, String label, JsonNode date) {
        add(facts, label, date.asText("").isEmpty() ? "" : ctx.formats().date(date.asText()));
    }

    private void period(List<Fact> facts, String label, JsonNode period) {
        String start = dateText(period.path("startDate"));
        String end = dateText(period.path("endDate"));
        if (!start.isEmpty() || !end.isEmpty()) {
            add(facts, label, start + " – " + end);
        }
    }

    private String dateText(JsonNode date) {
        return date.asText("").isEmpty() ? "" : ctx.formats().date(date.asText());
    }
}
