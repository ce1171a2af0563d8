package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.Money;

import java.util.List;
import java.util.Optional;

/**
 * Amounts awarded per currency in the matching processes: all of them, or only what went to one supplier (its
 * share of each award).
 */
record Awarded(Optional<String> supplier) implements Aggregation<List<Money>> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        if (supplier.isEmpty()) {
            AggregationJson.awarded(aggs, "awarded");
            return;
        }
        ObjectNode awards = aggs.putObject("awards");
        awards.putObject("nested").put("path", "supplierAwards");
        ObjectNode toSupplier = awards.putObject("aggs").putObject("supplier");
        toSupplier.putObject("filter").putObject("term").put("supplierAwards.orgId", supplier.get());
        AggregationJson.perCurrency(toSupplier.putObject("aggs"), "supplierAwards");
    }

    @Override
    public List<Money> read(JsonNode answer, JsonNode own) {
        return AggregationJson.amounts(supplier.isEmpty() ? own.path("awarded") : own.at("/awards/supplier"));
    }
}
