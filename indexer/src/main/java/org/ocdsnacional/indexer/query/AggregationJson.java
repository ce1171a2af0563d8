package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pieces the aggregations share: amounts per currency, names of organizations, buckets as groups. */
final class AggregationJson {

    /** The name under which {@link #sumIn} sums one currency; rankings order by {@code …>inCurrency>minor}. */
    static final String IN_CURRENCY = "inCurrency>minor";

    /** More currencies than ISO 4217 has: amounts per currency are never cut short. */
    private static final int CURRENCIES = 400;

    private AggregationJson() {
    }

    /** Adds {@code currency}: buckets per currency of {@code path}, each with the {@code minor} sum. */
    static void perCurrency(ObjectNode aggs, String path) {
        ObjectNode currency = aggs.putObject("currency");
        currency.putObject("terms").put("field", path + ".currency").put("size", CURRENCIES);
        currency.putObject("aggs").putObject("minor").putObject("sum").put("field", path + ".minor");
    }

    /** Adds {@code inCurrency}: the {@code minor} sum of {@code path} in one currency. */
    static void sumIn(ObjectNode aggs, String path, String currency) {
        ObjectNode inCurrency = aggs.putObject("inCurrency");
        inCurrency.putObject("filter").putObject("term").put(path + ".currency", currency);
        inCurrency.putObject("aggs").putObject("minor").putObject("sum").put("field", path + ".minor");
    }

    /** Adds {@code name}: the first value of {@code field} among a bucket's processes (a display name). */
    static void topHit(ObjectNode aggs, String name, String field) {
        ObjectNode hits = aggs.putObject(name).putObject("top_hits").put("size", 1);
        hits.putArray("_source").add(field);
    }

    /**
     * Orders terms buckets by {@code path} (a count, {@code _count}, or a sum), largest first, and equal ones by key,
     * so that the same data always ranks the same way.
     */
    static void order(ObjectNode terms, String path) {
        ArrayNode order = terms.putArray("order");
        order.addObject().put(path, "desc");
        order.addObject().put("_key", "asc");
    }

    /** The amounts per currency under {@code parent} (its {@code currency} buckets). */
    static List<Money> amounts(JsonNode parent) {
        List<Money> amounts = new ArrayList<>();
        for (JsonNode bucket : parent.path("currency").path("buckets")) {
            amounts.add(Money.ofMinor(bucket.path("minor").path("value").asDouble(), bucket.path("key").asText()));
        }
        return amounts;
    }

    /** Buckets as groups, keyed by their formatted key when they have one (dates), with their {@code amounts}. */
    static List<Group> buckets(JsonNode buckets, Amounts amounts) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : buckets) {
            String key = bucket.has("key_as_string") ? bucket.path("key_as_string").asText()
                    : bucket.path("key").asText();
            groups.add(new Group(key, key, bucket.path("doc_count").asLong(), amounts.read(bucket, "awarded")));
        }
        return groups;
    }

    /** The currency a ranking needs: none to rank by count, a named one to rank by amount. */
    static Optional<String> currencyFor(Ranking ranking, Optional<String> currency) {
        if (ranking == Ranking.COUNT) {
            return Optional.empty();
        }
        return Optional.of(currency.filter(code -> !code.isBlank()).orElseThrow(() -> new InvalidQueryException(
                "Ordenar por monto requiere una moneda («currency»: MXN, USD…) / Ranking by amount needs a "
                        + "«currency»: amounts in different currencies are never added up.")));
    }
}
