package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * What a process document is built from, besides the compiled release.
     *
     * @param withdrawnSources the sources that no longer publish the process (all its releases from them withdrawn)
     * @param withdrawn        whether every source withdrew it: kept and searchable, and saying so
     * @param releaseUids      the uids of the releases it was compiled from
     */
    record Inputs(String key, String ocid, ObjectNode compiled, Set<String> sourceIds, int releaseCount,
                  int errors, int warnings, Instant now, Set<String> withdrawnSources, boolean withdrawn,
                  Collection<String> releaseUids) {
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
        putText(doc, "procurementMethod", tender.path("procurementMethod").asText(""));
        putText(doc, "procurementMethodDetails", tender.path("procurementMethodDetails").asText(""));
        putText(doc, "mainProcurementCategory", tender.path("mainProcurementCategory").asText(""));
        putText(doc, "tenderStatus", tender.path("status").asText(""));
        putDate(doc, "date", release.path("date").asText(""));
        putDate(doc, "tenderStartDate", tender.path("tenderPeriod").path("startDate").asText(""));
        putDate(doc, "awardDate", earliest(release.path("awards"), "date"));
        putDate(doc, "contractSignedDate", earliest(release.path("contracts"), "dateSigned"));
        Money.of(tender.path("value")).ifPresent(value -> doc.set("tenderValue", money(value)));
        doc.set("awarded", totals(release.path("awards")));
        doc.set("contracted", totals(release.path("contracts")));
        doc.put("releaseCount", in.releaseCount());
        doc.put("withdrawn", in.withdrawn());
        in.withdrawnSources().forEach(doc.putArray("withdrawnSources")::add);
        in.releaseUids().forEach(doc.putArray("releaseUids")::add);
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

    private Optional<ObjectNode> organization(JsonNode party) {
        String id = party.path("id").asText("").trim();
        String name = party.path("name").asText("").trim();
        if (id.isEmpty() && name.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode org = mapper.createObjectNode();
        putText(org, "id", id);
        putText(org, "name", name);
        return Optional.of(org);
    }

    private static String identity(ObjectNode org) {
        return org.path("id").asText(org.path("name").asText());
    }

    /** Sums the values of the awards or contracts that are not cancelled or unsuccessful, per currency. */
    private ArrayNode totals(JsonNode stages) {
        Map<String, Money> byCurrency = new LinkedHashMap<>();
        for (JsonNode stage : stages) {
            String status = stage.path("status").asText("");
            if (status.equals("cancelled") || status.equals("unsuccessful")) {
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
