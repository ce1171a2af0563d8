package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.Money;

import java.util.List;

/**
 * Amounts awarded per currency in the matching processes: all of them, or only what went to one supplier (the
 * awards that list it).
 */
record Awarded(Amounts amounts) implements Aggregation<List<Money>> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        amounts.ask(aggs, "awarded");
    }

    @Override
    public List<Money> read(JsonNode answer, JsonNode own) {
        return amounts.read(own, "awarded");
    }
}
