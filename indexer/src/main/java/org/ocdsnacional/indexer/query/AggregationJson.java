package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pieces the aggregations share: amounts per currency, names of organizations, buckets as groups. */
final class AggregationJson {

    private AggregationJson() {
    }

    /** Adds {@code name}: awarded amounts per currency, {@code currency} buckets with a {@code minor} sum. */
    static void awarded(ObjectNode aggs, String name) {
        ObjectNode awarded = aggs.putObject(name);
        awarded.putObject("nested").put("path", "awarded");
        perCurrency(awarded.putObject("aggs"), "awarded");
    }

    /** Adds {@code currency}: buckets per currency of {@code path}, each with the {@code minor} sum. */
    static void perCurrency(ObjectNode aggs, String path) {
        ObjectNode currency = aggs.putObject("currency");
        currency.putObject("terms").put("field", path + ".currency").put("size", 20);
        currency.putObject("aggs").putObject("minor").putObject("sum").put("field", path + ".minor");
    }

    /** Adds {@code name}: the first value of {@code field} among a bucket's processes (a display name). */
    static void topHit(ObjectNode aggs, String name, String field) {
        ObjectNode hits = aggs.putObject(name).putObject("top_hits").put("size", 1);
        hits.putArray("_source").add(field);
    }

    /** The amounts per currency under {@code parent} (its {@code currency} buckets). */
    static List<Money> amounts(JsonNode parent) {
        List<Money> amounts = new ArrayList<>();
        for (JsonNode bucket : parent.path("currency").path("buckets")) {
            amounts.add(Money.ofMinor(bucket.path("minor").path("value").asDouble(), bucket.path("key").asText()));
        }
        return amounts;
    }

    /** Buckets as groups, keyed by their formatted key when they have one (dates). */
    static List<Group> buckets(JsonNode buckets) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : buckets) {
            String key = bucket.has("key_as_string") ? bucket.path("key_as_string").asText()
                    : bucket.path("key").asText();
            groups.add(new Group(key, key, bucket.path("doc_count").asLong(), amounts(bucket.path("awarded"))));
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
