package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.mx.DirectAward;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the direct awards stored in process documents ({@code observation.directAwards}, nested) from their doc
 * values, through the inner hits of a nested query: no document's source (which holds its compiled release) is read,
 * except that of a process with more direct awards than one inner-hits page holds. Each process comes with its direct
 * awards in the order it stores them and whether it carries MX03 now ({@code flagCodes}, doc values too). Inner hits
 * cost a search of each process's nested documents: when every process with a direct award is read (a full count),
 * {@link #eachFromSource} reads them faster from the source.
 */
final class DirectAwardScan {

    static final String AWARDS = "observation.directAwards";
    /** The most inner hits a nested query returns by default ({@code index.max_inner_result_window}). */
    private static final int AWARDS_PER_PROCESS = 100;
    private static final List<String> AWARD_FIELDS = List.of("buyer", "supplier", "date", "amount");

    private final ObjectMapper mapper;
    private final ProcessScan scan;

    DirectAwardScan(ObjectMapper mapper, ProcessScan scan) {
        this.mapper = mapper;
        this.scan = scan;
    }

    /**
     * A process's direct awards, in the order its document stores them, and whether it carries MX03.
     *
     * @param key    the process
     * @param awards its direct awards, each with {@code key} as its ocid
     * @param mx03   whether its flags hold MX03 now
     */
    record Process(String key, List<DirectAward> awards, boolean mx03) {

        /** Orders processes as the keys sort, as a scan of the index reads them. */
        static final Comparator<Process> BY_KEY = Comparator.comparing(Process::key);
    }

    /**
     * Hands {@code processes}, a page at a time in the order of their keys, every process document with a direct
     * award that {@code awards} (a query on the nested direct awards' fields) matches, with all its direct awards.
     */
    void each(JsonNode awards, int size, Consumer<List<Process>> processes) {
        ObjectNode request = mapper.createObjectNode().put("_source", false);
        ArrayNode filter = request.putObject("query").putObject("bool").putArray("filter");
        filter.add(scan.nested(AWARDS, awards));
        ObjectNode all = scan.nested(AWARDS, mapper.createObjectNode().set("match_all", mapper.createObjectNode()));
        ObjectNode inner = ((ObjectNode) all.path("nested")).putObject("inner_hits")
                .put("size", AWARDS_PER_PROCESS).put("_source", false);
        AWARD_FIELDS.forEach(field -> inner.withArray("docvalue_fields").add(AWARDS + "." + field));
        filter.add(all);
        request.putArray("docvalue_fields").add("flagCodes");
        scan.eachHits(request, size, hits -> processes.accept(read(hits)));
    }

    /**
     * The same processes as {@link #each}, read from their source: for a full count, which reads every process with a
     * direct award (inner hits search each one's nested documents, which costs more than its source there).
     */
    void eachFromSource(JsonNode awards, int size, Consumer<List<Process>> processes) {
        scan.each(scan.nested(AWARDS, awards), List.of(AWARDS, "flagCodes"), size, page -> processes.accept(
                page.stream().map(process -> {
                    String key = process.path("key").asText();
                    return new Process(key, ObservationJson.directAwards(process.path("observation"), key),
                            carriesMx03(process.path("flagCodes")));
                }).toList()));
    }

    private List<Process> read(JsonNode hits) {
        Map<String, Process> page = new LinkedHashMap<>();
        List<String> tooMany = new ArrayList<>();
        for (JsonNode hit : hits) {
            String key = hit.path("sort").path(0).asText();
            boolean mx03 = carriesMx03(hit.path("fields").path("flagCodes"));
            JsonNode inner = hit.path("inner_hits").path(AWARDS).path("hits");
            if (inner.path("total").path("value").asLong() > inner.path("hits").size()) {
                tooMany.add(key);
            }
            page.put(key, new Process(key, awards(key, inner.path("hits")), mx03));
        }
        if (!tooMany.isEmpty()) {
            scan.each(scan.keys(tooMany), List.of(AWARDS), tooMany.size(), stored -> stored.forEach(process -> {
                String key = process.path("key").asText();
                page.put(key, new Process(key, ObservationJson.directAwards(process.path("observation"), key),
                        page.get(key).mx03()));
            }));
        }
        return List.copyOf(page.values());
    }

    /** Whether these flag codes (of a source or of doc values) hold MX03. */
    private static boolean carriesMx03(JsonNode codes) {
        for (JsonNode code : codes) {
            if (code.asText().equals(FlagCode.MX03.name())) {
                return true;
            }
        }
        return false;
    }

    /** The awards of inner hits, in the order the document stores them ({@code _nested.offset}). */
    private static List<DirectAward> awards(String key, JsonNode hits) {
        List<JsonNode> sorted = new ArrayList<>();
        hits.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(hit -> hit.path("_nested").path("offset").asInt()));
        List<DirectAward> awards = new ArrayList<>();
        for (JsonNode hit : sorted) {
            JsonNode fields = hit.path("fields");
            awards.add(new DirectAward(key, value(fields, "buyer"), value(fields, "supplier"),
                    LocalDate.parse(value(fields, "date")), new BigDecimal(value(fields, "amount"))));
        }
        return awards;
    }

    private static String value(JsonNode fields, String field) {
        return fields.path(AWARDS + "." + field).path(0).asText();
    }
}
