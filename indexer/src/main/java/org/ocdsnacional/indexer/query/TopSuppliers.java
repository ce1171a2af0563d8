package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The top suppliers by number of processes in which they are suppliers, or by amount awarded to them in one
 * currency. Either way each supplier shows how many processes it has (as the {@code supplierId} filter selects
 * them) and what was awarded to it in every currency: the ranking chooses the order, never the figures.
 *
 * @param among only these suppliers (organization ids); any when empty
 */
record TopSuppliers(Ranking ranking, Optional<String> currency, int size, List<String> among)
        implements Aggregation<List<Group>> {

    private static final String AWARDED = "suppliers.awarded";

    TopSuppliers {
        among = List.copyOf(among);
    }

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        ObjectNode suppliers = aggs.putObject("suppliers");
        suppliers.putObject("nested").put("path", "suppliers");
        ObjectNode organizations = suppliers.putObject("aggs").putObject("organizations");
        ObjectNode terms = organizations.putObject("terms").put("field", "suppliers.orgId").put("size", size);
        if (!among.isEmpty()) {
            among.forEach(terms.putArray("include")::add);
        }
        ObjectNode perSupplier = organizations.putObject("aggs");
        AggregationJson.topHit(perSupplier, "name", "suppliers.name");
        AggregationJson.perCurrency(awarded(perSupplier, "awarded"), AWARDED);
        currency.ifPresent(code -> AggregationJson.sumIn(awarded(perSupplier, "ranked"), AWARDED, code));
        AggregationJson.order(terms, currency.isPresent() ? "ranked>" + AggregationJson.IN_CURRENCY : "_count");
    }

    /** A supplier's bucket holds one nested document per process it supplies: its count is the processes'. */
    @Override
    public List<Group> read(JsonNode answer, JsonNode own) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : own.at("/suppliers/organizations/buckets")) {
            String id = bucket.path("key").asText();
            groups.add(new Group(id, bucket.at("/name/hits/hits/0/_source/name").asText(id),
                    bucket.path("doc_count").asLong(), AggregationJson.amounts(bucket.path("awarded"))));
        }
        return groups;
    }

    private static ObjectNode awarded(ObjectNode aggs, String name) {
        ObjectNode awarded = aggs.putObject(name);
        awarded.putObject("nested").put("path", AWARDED);
        return awarded.putObject("aggs");
    }
}
