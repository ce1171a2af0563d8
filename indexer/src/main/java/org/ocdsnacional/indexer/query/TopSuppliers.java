package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The top suppliers by number of processes awarded, or by amount awarded to them in one currency (over the
 * supplier's share of each award, {@code supplierAwards}).
 */
record TopSuppliers(Ranking ranking, Optional<String> currency, int size) implements Aggregation<List<Group>> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        ObjectNode awards = aggs.putObject("awards");
        awards.putObject("nested").put("path", "supplierAwards");
        ObjectNode scope = awards.putObject("aggs").putObject("scope");
        currency.ifPresentOrElse(
                code -> scope.putObject("filter").putObject("term").put("supplierAwards.currency", code),
                () -> scope.putObject("filter").putObject("match_all"));
        ObjectNode suppliers = scope.putObject("aggs").putObject("suppliers");
        ObjectNode terms = suppliers.putObject("terms").put("field", "supplierAwards.orgId").put("size", size);
        ObjectNode perSupplier = suppliers.putObject("aggs");
        perSupplier.putObject("processes").putObject("reverse_nested");
        AggregationJson.topHit(perSupplier, "name", "supplierAwards.name");
        AggregationJson.perCurrency(perSupplier, "supplierAwards");
        if (currency.isPresent()) {
            perSupplier.putObject("ranked").putObject("sum").put("field", "supplierAwards.minor");
            terms.putObject("order").put("ranked", "desc");
        } else {
            terms.putObject("order").put("_count", "desc");
        }
    }

    @Override
    public List<Group> read(JsonNode answer, JsonNode own) {
        List<Group> groups = new ArrayList<>();
        for (JsonNode bucket : own.at("/awards/scope/suppliers/buckets")) {
            String id = bucket.path("key").asText();
            groups.add(new Group(id, bucket.at("/name/hits/hits/0/_source/name").asText(id),
                    bucket.at("/processes/doc_count").asLong(), AggregationJson.amounts(bucket)));
        }
        return groups;
    }
}
