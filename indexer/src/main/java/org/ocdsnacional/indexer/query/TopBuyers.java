package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The top buyers by number of processes, or by awarded amount in one currency. */
record TopBuyers(Ranking ranking, Optional<String> currency, int size) implements Aggregation<List<Group>> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        ObjectNode buyers = aggs.putObject("buyers");
        ObjectNode terms = buyers.putObject("terms").put("field", "buyer.orgId").put("size", size);
        ObjectNode perBuyer = buyers.putObject("aggs");
        AggregationJson.awarded(perBuyer, "awarded");
        AggregationJson.topHit(perBuyer, "name", "buyer.name");
        currency.ifPresent(code -> {
            ObjectNode ranked = perBuyer.putObject("ranked");
            ranked.putObject("nested").put("path", "awarded");
            ObjectNode inCurrency = ranked.putObject("aggs").putObject("currency");
            inCurrency.putObject("filter").putObject("term").put("awarded.currency", code);
            inCurrency.putObject("aggs").putObject("minor").putObject("sum").put("field", "awarded.minor");
            terms.putObject("order").put("ranked>currency>minor", "desc");
        });
    }

    @Override
    public List<Group> read(JsonNode answer, JsonNode own) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : own.at("/buyers/buckets")) {
            String id = bucket.path("key").asText();
            groups.add(new Group(id, bucket.at("/name/hits/hits/0/_source/buyer/name").asText(id),
                    bucket.path("doc_count").asLong(), AggregationJson.amounts(bucket.path("awarded"))));
        }
        return groups;
    }
}
