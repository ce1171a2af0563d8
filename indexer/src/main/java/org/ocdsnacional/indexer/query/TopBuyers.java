package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The top buyers by number of processes, or by awarded amount in one currency. Either way each buyer shows how many
 * processes it has and its {@code amounts} in every currency: the ranking chooses the order, never the figures.
 *
 * @param among only these buyers (organization ids); any when empty
 */
record TopBuyers(Ranking ranking, Optional<String> currency, int size, Amounts amounts, List<String> among)
        implements Aggregation<List<Group>> {

    TopBuyers {
        among = List.copyOf(among);
    }

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        ObjectNode buyers = aggs.putObject("buyers");
        ObjectNode terms = buyers.putObject("terms").put("field", "buyer.orgId").put("size", size);
        if (!among.isEmpty()) {
            among.forEach(terms.putArray("include")::add);
        }
        ObjectNode perBuyer = buyers.putObject("aggs");
        amounts.ask(perBuyer, "awarded");
        AggregationJson.topHit(perBuyer, "name", "buyer.name");
        AggregationJson.order(terms, currency.map(code -> amounts.rank(perBuyer, "ranked", code)).orElse("_count"));
    }

    @Override
    public List<Group> read(JsonNode answer, JsonNode own) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : own.at("/buyers/buckets")) {
            String id = bucket.path("key").asText();
            groups.add(new Group(id, bucket.at("/name/hits/hits/0/_source/buyer/name").asText(id),
                    bucket.path("doc_count").asLong(), amounts.read(bucket, "awarded")));
        }
        return groups;
    }
}
