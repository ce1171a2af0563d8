package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Groups by year or month of a date, in Mexico City time, in time order; empty periods left out. */
record DateGroups(DateField dateField, String interval, String format, Amounts amounts)
        implements Aggregation<List<Group>> {

    private static final String MEXICO_CITY = "America/Mexico_City";

    @Override
    public void ask(ObjectNode body, ObjectNode aggs) {
        ObjectNode groups = aggs.putObject("groups");
        groups.putObject("date_histogram").put("field", dateField.field()).put("calendar_interval", interval)
                .put("time_zone", MEXICO_CITY).put("format", format).put("min_doc_count", 1);
        amounts.ask(groups.putObject("aggs"), "awarded");
    }

    @Override
    public List<Group> read(JsonNode answer, JsonNode own) {
        return AggregationJson.buckets(own.at("/groups/buckets"), amounts);
    }
}
