package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Counts for the shares of direct awards and of single-bid tenders. */
record Competition() implements Aggregation<Shares> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        aggs.putObject("withMethod").putObject("filter").putObject("exists").put("field", "procurementMethod");
        aggs.putObject("direct").putObject("filter").putObject("term").put("directAward", true);
        var competitive = aggs.putObject("competitive").putObject("filter").putObject("bool").putArray("filter");
        competitive.addObject().putObject("terms").putArray("procurementMethod").add("open").add("selective");
        competitive.addObject().putObject("exists").put("field", "numberOfTenderers");
        aggs.putObject("single").putObject("filter").putObject("term").put("singleBidder", true);
    }

    @Override
    public Shares read(JsonNode answer, JsonNode own) {
        return new Shares(own.at("/withMethod/doc_count").asLong(), own.at("/direct/doc_count").asLong(),
                own.at("/competitive/doc_count").asLong(), own.at("/single/doc_count").asLong());
    }
}
