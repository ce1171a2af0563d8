package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.Money;

import java.util.List;

/** The amounts awarded to one supplier per currency (its share of each award). */
record AwardedTo(String orgId) implements Aggregation<List<Money>> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        ObjectNode awards = aggs.putObject("awards");
        awards.putObject("nested").put("path", "supplierAwards");
        ObjectNode supplier = awards.putObject("aggs").putObject("supplier");
        supplier.putObject("filter").putObject("term").put("supplierAwards.orgId", orgId);
        AggregationJson.perCurrency(supplier.putObject("aggs"), "supplierAwards");
    }

    @Override
    public List<Money> read(JsonNode answer, JsonNode own) {
        return AggregationJson.amounts(own.at("/awards/supplier"));
    }
}
