package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How many processes match (exactly), and how many of them raise each red flag. */
record Flagged() implements Aggregation<FlagCounts> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        body.put("track_total_hits", true);
        AggregationJson.flagCounts(aggs);
    }

    @Override
    public FlagCounts read(JsonNode answer, JsonNode own) {
        return new FlagCounts(answer.at("/hits/total/value").asLong(), AggregationJson.flagCounts(own));
    }
}
