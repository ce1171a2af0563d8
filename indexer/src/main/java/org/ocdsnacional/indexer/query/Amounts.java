package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.Money;

import java.util.List;
import java.util.Optional;

/**
 * Whose awarded amounts an aggregation adds up, per currency: every award of the matching processes, or only the
 * awards to one supplier, so that a supplier's groups and buyers show what it was awarded, not what its processes
 * awarded to everyone.
 *
 * @param supplier the supplier's organization id; empty for every award
 */
public record Amounts(Optional<String> supplier) {

    /** Every award of the matching processes. */
    public static final Amounts ALL = new Amounts(Optional.empty());

    /** The awards to one supplier, by organization id. */
    public static Amounts awardedTo(String orgId) {
        return new Amounts(Optional.of(orgId));
    }

    /** Adds {@code name}: the amounts per currency, as {@link #read} reads them. */
    void ask(ObjectNode aggs, String name) {
        AggregationJson.perCurrency(scope(aggs, name), field());
    }

    /** The amounts per currency that {@code name} holds in {@code parent}. */
    List<Money> read(JsonNode parent, String name) {
        JsonNode own = parent.path(name);
        return AggregationJson.amounts(supplier.isEmpty() ? own : own.path("supplier").path("awarded"));
    }

    /** Adds {@code name}: the sum in {@code currency}, to rank buckets by; returns the path to order them by. */
    String rank(ObjectNode aggs, String name, String currency) {
        AggregationJson.sumIn(scope(aggs, name), field(), currency);
        return name + (supplier.isEmpty() ? "" : ">supplier>awarded") + ">" + AggregationJson.IN_CURRENCY;
    }

    /** The aggregations under which the amounts are summed: the process's awards, or the supplier's. */
    private ObjectNode scope(ObjectNode aggs, String name) {
        ObjectNode top = aggs.putObject(name);
        if (supplier.isEmpty()) {
            top.putObject("nested").put("path", "awarded");
            return top.putObject("aggs");
        }
        top.putObject("nested").put("path", "suppliers");
        ObjectNode toSupplier = top.putObject("aggs").putObject("supplier");
        toSupplier.putObject("filter").putObject("term").put("suppliers.orgId", supplier.get());
        ObjectNode awarded = toSupplier.putObject("aggs").putObject("awarded");
        awarded.putObject("nested").put("path", "suppliers.awarded");
        return awarded.putObject("aggs");
    }

    private String field() {
        return supplier.isEmpty() ? "awarded" : "suppliers.awarded";
    }
}
