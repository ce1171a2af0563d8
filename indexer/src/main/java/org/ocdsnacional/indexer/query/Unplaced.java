package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The matching processes that a grouping by {@code dimension} cannot place, and their {@code amounts}: those without
 * a state or a level (a source outside the registry), a date of the kind the years and months are taken from, a
 * method, a category, a buyer or a supplier. With them, the groups of a single-valued dimension add up to all the
 * matching processes.
 */
record Unplaced(Dimension dimension, DateField dateField, Amounts amounts) implements Aggregation<Group> {

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        ObjectNode unplaced = aggs.putObject("unplaced");
        if (dimension == Dimension.SUPPLIER) {
            ObjectNode withSupplier = unplaced.putObject("filter").putObject("bool").putArray("must_not").addObject();
            withSupplier.putObject("nested").put("path", "suppliers").putObject("query").putObject("exists")
                    .put("field", "suppliers.orgId");
        } else {
            unplaced.putObject("missing").put("field", field());
        }
        amounts.ask(unplaced.putObject("aggs"), "awarded");
    }

    @Override
    public Group read(JsonNode answer, JsonNode own) {
        JsonNode unplaced = own.path("unplaced");
        return new Group("", "", unplaced.path("doc_count").asLong(), amounts.read(unplaced, "awarded"));
    }

    private String field() {
        return dimension.isDate() ? dateField.field() : dimension.field();
    }
}
