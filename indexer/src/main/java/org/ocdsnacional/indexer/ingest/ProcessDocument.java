package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * Builds the searchable document of one contracting process from its compiled release: the compiled release
 * itself (stored, not indexed) plus the denormalised fields that searches, filters and aggregations use.
 */
final class ProcessDocument {

    private final ObjectMapper mapper;
    private final Function<String, Optional<SourceDescriptor>> sources;

    ProcessDocument(ObjectMapper mapper, Function<String, Optional<SourceDescriptor>> sources) {
        this.mapper = mapper;
        this.sources = sources;
    }

    /** What a process document is built from, besides the compiled release. */
    record Inputs(String key, String ocid, ObjectNode compiled, Set<String> sourceIds, int releaseCount,
                  int errors, int warnings, Instant now) {
    }

    ObjectNode build(Inputs in) {
        JsonNode release = in.compiled();
        Parties parties = new Parties(release.path("parties"));
        ObjectNode doc = mapper.createObjectNode();
        doc.put("key", in.key());
        doc.put("ocid", in.ocid());
        putSources(doc, in.sourceIds());
        JsonNode tender = release.path("tender");
        putText(doc, "title", firstText(tender.path("title"), first(release, "contracts", "title"),
                first(release, "awards", "title")));
        putText(doc, "description", firstText(tender.path("description"), first(release, "contracts", "description"),
                first(release, "awards", "description")));
        organization(buyer(release, parties)).ifPresent(buyer -> doc.set("buyer", buyer));
        doc.set("suppliers", suppliers(release, parties));
        doc.set("supplierAwards", supplierAwards(release, parties));
        putText(doc, "procurementMethod", tender.path("procurementMethod").asText(""));
        putText(doc, "procurementMethodDetails", tender.path("procurementMethodDetails").asText(""));
        putText(doc, "mainProcurementCategory", tender.path("mainProcurementCategory").asText(""));
        putText(doc, "tenderStatus", tender.path("status").asText(""));
        putStatuses(doc, "awardStatuses", release.path("awards"));
        putStatuses(doc, "contractStatuses", release.path("contracts"));
        putCompetition(doc, tender);
        putDate(doc, "date", release.path("date").asText(""));
        putDate(doc, "tenderStartDate", tender.path("tenderPeriod").path("startDate").asText(""));
        putDate(doc, "awardDate", earliest(release.path("awards"), "date"));
        putDate(doc, "contractSignedDate", earliest(release.path("contracts"), "dateSigned"));
        Money.of(tender.path("value")).ifPresent(value -> doc.set("tenderValue", money(value)));
        doc.set("awarded", totals(release.path("awards")));
        doc.set("contracted", totals(release.path("contracts")));
        doc.put("releaseCount", in.releaseCount());
        doc.putObject("validation").put("errors", in.errors()).put("warnings", in.warnings());
        doc.put("updatedAt", in.now().toString());
        doc.set("fullText", fullText(doc, release));
        doc.set("compiledRelease", release);
        return doc;
    }

    private void putSources(ObjectNode doc, Set<String> sourceIds) {
        ArrayNode ids = doc.putArray("sources");
        Set<String> states = new LinkedHashSet<>();
        Set<String> levels = new LinkedHashSet<>();
        for (String id : sourceIds) {
            ids.add(id);
            sources.apply(id).ifPresent(source -> {
                states.add(source.state());
                levels.add(source.level());
            });
        }
        states.forEach(doc.putArray("states")::add);
        levels.forEach(doc.putArray("levels")::add);
    }

    private static JsonNode buyer(JsonNode release, Parties parties) {
        JsonNode buyer = release.path("buyer");
        if (buyer.isObject()) {
            return parties.resolve(buyer);
        }
        return parties.withRole("buyer").or(() -> parties.withRole("procuringEntity"))
                .orElse(parties.resolve(release.path("tender").path("procuringEntity")));
    }

    private ArrayNode suppliers(JsonNode release, Parties parties) {
        Map<String, ObjectNode> unique = new LinkedHashMap<>();
        for (JsonNode award : release.path("awards")) {
            for (JsonNode supplier : award.path("suppliers")) {
                organization(parties.resolve(supplier)).ifPresent(org -> unique.putIfAbsent(identity(org), org));
            }
        }
        if (unique.isEmpty()) {
            parties.allWithRole("supplier").forEach(party ->
                    organization(party).ifPresent(org -> unique.putIfAbsent(identity(org), org)));
        }
        ArrayNode list = mapper.createArrayNode();
        unique.values().forEach(list::add);
        return list;
    }

    /** An organization as published ({@code id}, {@code name}) plus its identity across publishers. */
    private Optional<ObjectNode> organization(JsonNode party) {
        return OrganizationIdentity.of(party).map(identity -> {
            ObjectNode org = mapper.createObjectNode();
            putText(org, "id", party.path("id").asText("").trim());
            putText(org, "name", party.path("name").asText("").trim());
            org.put("orgId", identity.id());
            return org;
        });
    }

    private static String identity(ObjectNode org) {
        return org.path("orgId").asText();
    }

    /**
     * Awarded amounts per supplier and currency, for rankings of suppliers by amount. The value of an award
     * with several suppliers counts for each of them (OCDS does not split it).
     */
    private ArrayNode supplierAwards(JsonNode release, Parties parties) {
        Map<SupplierCurrency, Money> totals = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode award : release.path("awards")) {
            Optional<Money> value = Money.of(award.path("value"));
            if (isVoid(award) || value.isEmpty()) {
                continue;
            }
            for (JsonNode supplier : award.path("suppliers")) {
                JsonNode party = parties.resolve(supplier);
                OrganizationIdentity.of(party).ifPresent(identity -> {
                    names.putIfAbsent(identity.id(), party.path("name").asText("").trim());
                    totals.merge(new SupplierCurrency(identity.id(), value.get().currency()), value.get(),
                            (sum, more) -> sum.plus(more.amount()));
                });
            }
        }
        ArrayNode list = mapper.createArrayNode();
        totals.forEach((key, total) -> list.add(money(total).put("orgId", key.orgId())
                .put("name", names.get(key.orgId()))));
        return list;
    }

    private record SupplierCurrency(String orgId, String currency) {
    }

    private void putStatuses(ObjectNode doc, String field, JsonNode stages) {
        Set<String> statuses = new LinkedHashSet<>();
        stages.forEach(stage -> addText(statuses, stage.path("status")));
        ArrayNode list = doc.putArray(field);
        statuses.forEach(list::add);
    }

    /** Number of tenderers, and the two competition flags analysts ask for most. */
    private static void putCompetition(ObjectNode doc, JsonNode tender) {
        JsonNode declared = tender.path("numberOfTenderers");
        int tenderers = declared.canConvertToInt() && declared.isNumber() ? declared.asInt()
                : tender.path("tenderers").size();
        if (declared.isNumber() || tender.path("tenderers").size() > 0) {
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
            if (isVoid(stage)) {
                continue;
            }
            Money.of(stage.path("value")).ifPresent(value ->
                    byCurrency.merge(value.currency(), value, (sum, more) -> sum.plus(more.amount())));
        }
        ArrayNode list = mapper.createArrayNode();
        byCurrency.values().forEach(total -> list.add(money(total)));
        return list;
    }

    private static boolean isVoid(JsonNode stage) {
        String status = stage.path("status").asText("");
        return status.equals("cancelled") || status.equals("unsuccessful");
    }

    private ObjectNode money(Money value) {
        return mapper.createObjectNode()
                .put("amount", value.amount().toPlainString())
                .put("currency", value.currency())
                .put("minor", value.minor());
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

    private static void putText(ObjectNode doc, String field, String text) {
        if (!text.isBlank()) {
            doc.put(field, text.trim());
        }
    }

    private static void putDate(ObjectNode doc, String field, String text) {
        Dates.normalise(text).ifPresent(date -> doc.put(field, date));
    }
}
