package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.PublishedNumber;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The fields of a process document that are derived from its compiled release: the denormalised values that
 * searches, filters and aggregations use (texts, organizations, methods, statuses, dates, amounts).
 */
final class CompiledFields {

    private final ObjectMapper mapper;
    private final OrganizationFields organizations;

    CompiledFields(ObjectMapper mapper) {
        this.mapper = mapper;
        this.organizations = new OrganizationFields(mapper);
    }

    void putInto(ObjectNode doc, JsonNode release) {
        JsonNode tender = release.path("tender");
        putText(doc, "title", firstText(tender.path("title"), first(release, "contracts", "title"),
                first(release, "awards", "title")));
        putText(doc, "description", firstText(tender.path("description"), first(release, "contracts", "description"),
                first(release, "awards", "description")));
        organizations.putInto(doc, release);
        putText(doc, "procurementMethod", tender.path("procurementMethod").asText(""));
        putText(doc, "procurementMethodDetails", tender.path("procurementMethodDetails").asText(""));
        putText(doc, "mainProcurementCategory", tender.path("mainProcurementCategory").asText(""));
        putText(doc, "tenderStatus", tender.path("status").asText(""));
        putStatuses(doc, "awardStatuses", release.path("awards"));
        putStatuses(doc, "contractStatuses", release.path("contracts"));
        putCompetition(doc, tender, organizations.tenderers(release));
        putDate(doc, "date", release.path("date").asText(""));
        putDate(doc, "tenderStartDate", tender.path("tenderPeriod").path("startDate").asText(""));
        putDate(doc, "awardDate", earliest(release.path("awards"), "date"));
        putDate(doc, "contractSignedDate", earliest(release.path("contracts"), "dateSigned"));
        Money.of(tender.path("value")).ifPresent(value -> doc.set("tenderValue", money(value)));
        doc.set("awarded", totals(release.path("awards")));
        doc.set("contracted", totals(release.path("contracts")));
        doc.set("fullText", fullText(doc, release));
    }

    private void putStatuses(ObjectNode doc, String field, JsonNode stages) {
        Set<String> statuses = new LinkedHashSet<>();
        stages.forEach(stage -> addText(statuses, stage.path("status")));
        ArrayNode list = doc.putArray(field);
        statuses.forEach(list::add);
    }

    /**
     * Number of tenderers (as declared when it is a usable number, or else the distinct organizations listed), and
     * the two competition flags analysts ask for most.
     */
    private static void putCompetition(ObjectNode doc, JsonNode tender, int listedTenderers) {
        JsonNode declared = tender.path("numberOfTenderers");
        boolean isDeclared = declared.isNumber() && !PublishedNumber.isAbsurd(declared) && declared.canConvertToInt();
        int tenderers = isDeclared ? declared.asInt() : listedTenderers;
        if (isDeclared || listedTenderers > 0) {
            doc.put("numberOfTenderers", tenderers);
        }
        String method = tender.path("procurementMethod").asText("");
        doc.put("directAward", method.equals("direct"));
        doc.put("singleBidder", tenderers == 1 && (method.equals("open") || method.equals("selective")));
    }

    /** Sums the values of the awards or contracts that are not cancelled or unsuccessful, per currency. */
    private ArrayNode totals(JsonNode stages) {
        Map<String, Money> byCurrency = new LinkedHashMap<>();
        for (JsonNode stage : stages) {
            if (Stages.isVoid(stage)) {
                continue;
            }
            Money.of(stage.path("value")).ifPresent(value ->
                    byCurrency.merge(value.currency(), value, (sum, more) -> sum.plus(more.amount())));
        }
        ArrayNode list = mapper.createArrayNode();
        byCurrency.values().forEach(total -> list.add(money(total)));
        return list;
    }

    private ObjectNode money(Money value) {
        return value.json(mapper);
    }

    private ArrayNode fullText(ObjectNode doc, JsonNode release) {
        Set<String> texts = new LinkedHashSet<>();
        addText(texts, doc.path("title"), doc.path("description"), doc.path("buyer").path("name"),
                doc.path("procurementMethodDetails"));
        doc.path("suppliers").forEach(supplier -> addText(texts, supplier.path("name")));
        for (String stage : new String[]{"awards", "contracts"}) {
            release.path(stage).forEach(item -> addText(texts, item.path("title"), item.path("description")));
        }
        items(release).forEach(item -> addText(texts, item.path("description"), item.path("classification")
                .path("description")));
        ArrayNode list = mapper.createArrayNode();
        texts.forEach(list::add);
        return list;
    }

    private static Collection<JsonNode> items(JsonNode release) {
        Set<JsonNode> items = new LinkedHashSet<>();
        release.path("tender").path("items").forEach(items::add);
        release.path("awards").forEach(award -> award.path("items").forEach(items::add));
        release.path("contracts").forEach(contract -> contract.path("items").forEach(items::add));
        return items;
    }

    private static void addText(Set<String> texts, JsonNode... nodes) {
        for (JsonNode node : nodes) {
            String text = node.asText("").trim();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
    }

    private static JsonNode first(JsonNode release, String stage, String field) {
        return StreamSupport.stream(release.path(stage).spliterator(), false)
                .map(item -> item.path(field))
                .filter(value -> !value.asText("").isBlank())
                .findFirst().orElse(release.path(stage).path(0).path(field));
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            String text = candidate.asText("").trim();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private static String earliest(JsonNode stages, String field) {
        return StreamSupport.stream(stages.spliterator(), false)
                .map(stage -> Dates.normalise(stage.path(field).asText("")))
                .flatMap(Optional::stream)
                .min(String::compareTo)
                .orElse("");
    }

    static void putText(ObjectNode doc, String field, String text) {
        if (!text.isBlank()) {
            doc.put(field, text.trim());
        }
    }

    private static void putDate(ObjectNode doc, String field, String text) {
        Dates.normalise(text).ifPresent(date -> doc.put(field, date));
    }
}
