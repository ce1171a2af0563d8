package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts and amounts over the processes that match a filter: totals, groups by a dimension, rankings of
 * organizations and competition shares. Amounts are summed per currency, never across currencies.
 */
public final class ProcessAggregations {

    private static final String MEXICO_CITY = "America/Mexico_City";

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final FilterQuery filters;

    private ProcessAggregations(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.filters = new FilterQuery(mapper);
    }

    public static ProcessAggregations create(SearchCluster cluster, ObjectMapper mapper) {
        return new ProcessAggregations(cluster, mapper);
    }

    /** How many processes match, and their awarded amounts per currency. */
    public Group totals(ProcessFilter filter) {
        ObjectNode body = body(filter);
        body.put("track_total_hits", true);
        body.putObject("aggs").set("awarded", awarded());
        JsonNode answer = search(body);
        return new Group("", "", answer.at("/hits/total/value").asLong(), amounts(answer.at("/aggregations/awarded")));
    }

    /**
     * The matching processes grouped by {@code dimension}, largest first (by count; years and months in time
     * order). {@code dateField} says which date years and months are taken from.
     */
    public List<Group> groups(ProcessFilter filter, Dimension dimension, DateField dateField, int size) {
        return switch (dimension) {
            case YEAR -> histogram(filter, dateField, "year", "yyyy");
            case MONTH -> histogram(filter, dateField, "month", "yyyy-MM");
            case SUPPLIER -> topSuppliers(filter, Ranking.COUNT, Optional.empty(), size);
            case BUYER -> topBuyers(filter, Ranking.COUNT, Optional.empty(), size);
            default -> terms(filter, dimension.field(), size);
        };
    }

    /** What organizations can be ranked by. */
    public enum Ranking { COUNT, AMOUNT }

    /**
     * The top buyers, by number of processes or by awarded amount in {@code currency} (required to rank by
     * amount: amounts in different currencies are not comparable).
     */
    public List<Group> topBuyers(ProcessFilter filter, Ranking ranking, Optional<String> currency, int size) {
        ObjectNode body = body(filter);
        ObjectNode buyers = body.putObject("aggs").putObject("buyers");
        ObjectNode terms = buyers.putObject("terms").put("field", "buyer.orgId").put("size", size);
        ObjectNode aggs = buyers.putObject("aggs");
        aggs.set("awarded", awarded());
        aggs.set("name", topHit("buyer.name"));
        if (ranking == Ranking.AMOUNT) {
            aggs.set("ranked", awardedIn(currency));
            terms.putObject("order").put("ranked>currency>minor", "desc");
        }
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : search(body).at("/aggregations/buyers/buckets")) {
            groups.add(new Group(bucket.path("key").asText(),
                    bucket.at("/name/hits/hits/0/_source/buyer/name").asText(bucket.path("key").asText()),
                    bucket.path("doc_count").asLong(), amounts(bucket.path("awarded"))));
        }
        return groups;
    }

    /**
     * The top suppliers, by number of processes awarded or by amount awarded to them in {@code currency}.
     * An award's value counts for each of its suppliers.
     */
    public List<Group> topSuppliers(ProcessFilter filter, Ranking ranking, Optional<String> currency, int size) {
        ObjectNode body = body(filter);
        ObjectNode nested = body.putObject("aggs").putObject("awards");
        nested.putObject("nested").put("path", "supplierAwards");
        ObjectNode scope = nested.putObject("aggs").putObject("scope");
        if (ranking == Ranking.AMOUNT) {
            scope.putObject("filter").putObject("term").put("supplierAwards.currency", requireCurrency(currency));
        } else {
            scope.putObject("filter").putObject("match_all");
        }
        ObjectNode suppliers = scope.putObject("aggs").putObject("suppliers");
        ObjectNode terms = suppliers.putObject("terms").put("field", "supplierAwards.orgId").put("size", size);
        ObjectNode aggs = suppliers.putObject("aggs");
        aggs.set("processes", mapper.createObjectNode().set("reverse_nested", mapper.createObjectNode()));
        aggs.set("name", topHit("supplierAwards.name"));
        ObjectNode perCurrency = aggs.putObject("currency");
        perCurrency.putObject("terms").put("field", "supplierAwards.currency").put("size", 20);
        perCurrency.putObject("aggs").putObject("minor").putObject("sum").put("field", "supplierAwards.minor");
        if (ranking == Ranking.AMOUNT) {
            aggs.putObject("ranked").putObject("sum").put("field", "supplierAwards.minor");
            terms.putObject("order").put("ranked", "desc");
        } else {
            terms.putObject("order").put("_count", "desc");
        }
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : search(body).at("/aggregations/awards/scope/suppliers/buckets")) {
            groups.add(new Group(bucket.path("key").asText(),
                    bucket.at("/name/hits/hits/0/_source/name").asText(bucket.path("key").asText()),
                    bucket.at("/processes/doc_count").asLong(), amounts(bucket)));
        }
        return groups;
    }

    /** The amounts awarded to one supplier (by organization id) per currency, in the matching processes. */
    public List<Money> awardedTo(String orgId, ProcessFilter filter) {
        ObjectNode body = body(filter);
        ObjectNode nested = body.putObject("aggs").putObject("awards");
        nested.putObject("nested").put("path", "supplierAwards");
        ObjectNode supplier = nested.putObject("aggs").putObject("supplier");
        supplier.putObject("filter").putObject("term").put("supplierAwards.orgId", orgId);
        ObjectNode perCurrency = supplier.putObject("aggs").putObject("currency");
        perCurrency.putObject("terms").put("field", "supplierAwards.currency").put("size", 20);
        perCurrency.putObject("aggs").putObject("minor").putObject("sum").put("field", "supplierAwards.minor");
        return amounts(search(body).at("/aggregations/awards/supplier"));
    }

    /** Direct awards and single-bid tenders among the matching processes. */
    public Shares shares(ProcessFilter filter) {
        ObjectNode body = body(filter);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("withMethod").putObject("filter").putObject("exists").put("field", "procurementMethod");
        aggs.putObject("direct").putObject("filter").putObject("term").put("directAward", true);
        ObjectNode competitive = aggs.putObject("competitive").putObject("filter").putObject("bool");
        competitive.putArray("filter")
                .add(mapper.createObjectNode().set("terms", mapper.createObjectNode()
                        .set("procurementMethod", mapper.createArrayNode().add("open").add("selective"))))
                .add(mapper.createObjectNode().set("exists", mapper.createObjectNode()
                        .put("field", "numberOfTenderers")));
        aggs.putObject("single").putObject("filter").putObject("term").put("singleBidder", true);
        JsonNode result = search(body).path("aggregations");
        return new Shares(result.at("/withMethod/doc_count").asLong(), result.at("/direct/doc_count").asLong(),
                result.at("/competitive/doc_count").asLong(), result.at("/single/doc_count").asLong());
    }

    private List<Group> terms(ProcessFilter filter, String field, int size) {
        ObjectNode body = body(filter);
        ObjectNode groups = body.putObject("aggs").putObject("groups");
        groups.putObject("terms").put("field", field).put("size", size);
        groups.putObject("aggs").set("awarded", awarded());
        return buckets(search(body).at("/aggregations/groups/buckets"));
    }

    private List<Group> histogram(ProcessFilter filter, DateField dateField, String interval, String format) {
        ObjectNode body = body(filter);
        ObjectNode groups = body.putObject("aggs").putObject("groups");
        groups.putObject("date_histogram").put("field", dateField.field()).put("calendar_interval", interval)
                .put("time_zone", MEXICO_CITY).put("format", format).put("min_doc_count", 1);
        groups.putObject("aggs").set("awarded", awarded());
        return buckets(search(body).at("/aggregations/groups/buckets"));
    }

    private List<Group> buckets(JsonNode buckets) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : buckets) {
            String key = bucket.has("key_as_string") ? bucket.path("key_as_string").asText()
                    : bucket.path("key").asText();
            groups.add(new Group(key, key, bucket.path("doc_count").asLong(), amounts(bucket.path("awarded"))));
        }
        return groups;
    }

    private ObjectNode body(ProcessFilter filter) {
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 0);
        body.set("query", filters.build(Optional.empty(), filter));
        return body;
    }

    /** Awarded amounts per currency: {@code currency} buckets with a {@code minor} sum, inside a nested agg. */
    private ObjectNode awarded() {
        ObjectNode awarded = mapper.createObjectNode();
        awarded.putObject("nested").put("path", "awarded");
        ObjectNode currency = awarded.putObject("aggs").putObject("currency");
        currency.putObject("terms").put("field", "awarded.currency").put("size", 20);
        currency.putObject("aggs").putObject("minor").putObject("sum").put("field", "awarded.minor");
        return awarded;
    }

    /** The awarded amount in one currency, as a single-bucket path that a terms order can follow. */
    private ObjectNode awardedIn(Optional<String> currency) {
        ObjectNode ranked = mapper.createObjectNode();
        ranked.putObject("nested").put("path", "awarded");
        ObjectNode inCurrency = ranked.putObject("aggs").putObject("currency");
        inCurrency.putObject("filter").putObject("term").put("awarded.currency", requireCurrency(currency));
        inCurrency.putObject("aggs").putObject("minor").putObject("sum").put("field", "awarded.minor");
        return ranked;
    }

    private ObjectNode topHit(String field) {
        ObjectNode topHits = mapper.createObjectNode();
        ObjectNode hits = topHits.putObject("top_hits").put("size", 1);
        hits.putArray("_source").add(field);
        return topHits;
    }

    private static String requireCurrency(Optional<String> currency) {
        return currency.filter(code -> !code.isBlank()).orElseThrow(() -> new InvalidQueryException(
                "Ordenar por monto requiere una moneda («currency»: MXN, USD…) / Ranking by amount needs a "
                        + "«currency»: amounts in different currencies are never added up."));
    }

    private static List<Money> amounts(JsonNode awarded) {
        List<Money> amounts = new ArrayList<>();
        for (JsonNode bucket : awarded.path("currency").path("buckets")) {
            amounts.add(Money.ofMinor(bucket.path("minor").path("value").asDouble(), bucket.path("key").asText()));
        }
        return amounts;
    }

    private JsonNode search(ObjectNode body) {
        return cluster.send("POST", "/" + IndexName.PROCESSES.alias() + "/_search", body);
    }
}
