package org.ocdsnacional.web.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.web.http.Links;
import org.ocdsnacional.web.http.PageContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Process documents of the index as result items: what a list of processes shows of each. */
public final class ResultItems {

    private static final int SUPPLIERS_SHOWN = 3;

    private ResultItems() {
    }

    public static List<ResultItem> of(ProcessPage page, PageContext ctx) {
        return page.hits().stream().map(hit -> of(hit, ctx)).toList();
    }

    static ResultItem of(ProcessPage.Hit hit, PageContext ctx) {
        JsonNode process = hit.process();
        Map<String, List<String>> highlights = hit.highlights();
        String ocid = process.path("ocid").asText();
        String title = process.path("title").asText("");
        Marked shownTitle = highlights.containsKey("title") ? Marked.of(highlights.get("title").getFirst())
                : Marked.plain(title.isEmpty() ? ctx.t("process.untitled") : title);
        List<Marked> snippets = new ArrayList<>();
        highlights.getOrDefault("description", List.of()).forEach(passage -> snippets.add(Marked.of(passage)));
        if (snippets.isEmpty()) {
            highlights.getOrDefault("fullText", List.of()).stream().map(Marked::of)
                    .filter(passage -> !passage.text().equals(shownTitle.text()))
                    .limit(2)
                    .forEach(snippets::add);
        }
        List<Link> suppliers = new ArrayList<>();
        JsonNode list = process.path("suppliers");
        for (int i = 0; i < Math.min(SUPPLIERS_SHOWN, list.size()); i++) {
            organization(list.get(i)).ifPresent(suppliers::add);
        }
        List<String> places = new ArrayList<>();
        process.path("states").forEach(state -> places.add(ctx.state(state.asText())));
        return new ResultItem(processUrl(process), ocid, shownTitle, organization(process.path("buyer")), suppliers,
                Math.max(0, list.size() - SUPPLIERS_SHOWN), places,
                text(process.path("procurementMethod")).map(method -> ctx.label("method", method)),
                text(process.path("date")).map(date -> ctx.formats().date(date)),
                amounts(process.path("awarded"), ctx), snippets);
    }

    /** The address of a process's page: by ocid, with its source when the ocid has no registered prefix. */
    public static String processUrl(JsonNode process) {
        String ocid = process.path("ocid").asText();
        Optional<String> source = ProcessKey.isGlobal(ocid) ? Optional.empty()
                : text(process.path("sources").path(0));
        return Links.process(ocid, source);
    }

    /** An organization as the index keeps it ({@code name}, {@code orgId}), linked to its page. */
    public static Optional<Link> organization(JsonNode org) {
        String id = org.path("orgId").asText("");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String name = org.path("name").asText("");
        return Optional.of(new Link(name.isEmpty() ? id : name, Links.organization(id)));
    }

    /** Amounts per currency as the index keeps them ({@code [{amount, currency}]}), formatted. */
    public static List<String> amounts(JsonNode amounts, PageContext ctx) {
        List<String> shown = new ArrayList<>();
        amounts.forEach(money -> {
            try {
                shown.add(ctx.formats().money(new Money(new BigDecimal(money.path("amount").asText()),
                        money.path("currency").asText())));
            } catch (NumberFormatException e) {
                shown.add(money.path("amount").asText() + " " + money.path("currency").asText());
            }
        });
        return shown;
    }

    private static Optional<String> text(JsonNode node) {
        String text = node.asText("");
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
