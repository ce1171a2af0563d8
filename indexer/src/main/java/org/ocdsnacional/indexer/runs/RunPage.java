package org.ocdsnacional.indexer.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.OpaqueJson;
import org.ocdsnacional.ocds.pipeline.HarvestRun;

import java.util.List;

/**
 * A page of harvest runs, newest first.
 *
 * @param entries the runs with their cursors
 * @param hasNext whether older runs follow
 */
public record RunPage(List<Entry> entries, boolean hasNext) {

    /** A run and the cursor that continues after it. */
    public record Entry(String cursor, HarvestRun run) {
    }

    static String encode(ObjectMapper mapper, JsonNode sortValues) {
        return OpaqueJson.encode(mapper, sortValues);
    }

    /** The sort values of a run's cursor (its start, then its id): anything else is refused before it is searched. */
    static JsonNode decode(ObjectMapper mapper, String cursor) {
        return OpaqueJson.decode(mapper, cursor)
                .filter(values -> values.isArray() && values.size() == 2 && values.get(0).isIntegralNumber()
                        && values.get(1).isTextual())
                .orElseThrow(() -> new InvalidQueryException("El cursor de corridas no es válido / The runs cursor "
                        + "is not valid: use an endCursor of the same source's runs."));
    }
}
