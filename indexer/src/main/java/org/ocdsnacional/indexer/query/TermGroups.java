package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Groups by the values of a keyword field (state, source, method...), the largest first. */
record TermGroups(String field, int size, Amounts amounts) implements Aggregation<List<Group>> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        ObjectNode groups = aggs.putObject("groups");
        ObjectNode terms = groups.putObject("terms").put("field", field).put("size", size);
        AggregationJson.order(terms, "_count");
        amounts.ask(groups.putObject("aggs"), "awarded");
    }

    @Override
    public List<Group> read(JsonNode answer, JsonNode own) {
        return AggregationJson.buckets(own.at("/groups/buckets"), amounts);
    }
}
