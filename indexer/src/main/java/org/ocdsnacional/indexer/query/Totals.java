package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How many processes match (counted exactly), and their awarded amounts per currency. */
record Totals() implements Aggregation<Group> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        body.put("track_total_hits", true);
        Amounts.ALL.ask(aggs, "awarded");
    }

    @Override
    public Group read(JsonNode answer, JsonNode own) {
        return new Group("", "", answer.at("/hits/total/value").asLong(), Amounts.ALL.read(own, "awarded"));
    }
}
