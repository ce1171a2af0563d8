package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.flags.FlagJson;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.List;

/**
 * The red flags raised on organizations themselves, against the whole national population: R025 (a tenderer with
 * excessive unsuccessful bids), R038 (a buyer, procuring entity or tenderer with excessive disqualified bids), R048
 * (a heterogeneous supplier). Stored after each harvest with the population's statistics.
 */
public final class OrganizationFlags {

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    private OrganizationFlags(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    public static OrganizationFlags create(SearchCluster cluster, ObjectMapper mapper) {
        return new OrganizationFlags(cluster, mapper);
    }

    /**
     * The flags on one organization (by id: {@code MX-RFC-…}, {@code nombre:…}), in every role it was flagged in, in
     * code order; the first evidence of each says the role ({@code group}).
     */
    public List<Flag> of(String orgId) {
        ObjectNode query = mapper.createObjectNode().put("size", 100);
        ArrayNode filter = query.putObject("query").putObject("bool").putArray("filter");
        filter.addObject().putObject("term").put("kind", "organization");
        filter.addObject().putObject("term").put("orgId", orgId);
        ArrayNode sort = query.putArray("sort");
        sort.addObject().put("code", "asc");
        sort.addObject().put("group", "asc");
        List<Flag> flags = new ArrayList<>();
        JsonNode hits = cluster.send("POST", "/" + IndexName.FLAGS.alias(cluster) + "/_search", query).at("/hits/hits");
        for (JsonNode hit : hits) {
            JsonNode doc = hit.path("_source");
            Flag stored = FlagJson.read(mapper.createArrayNode().add(doc.path("flag"))).getFirst();
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence("group", doc.path("group").asText()));
            evidence.addAll(stored.evidence());
            flags.add(new Flag(stored.code(), stored.value(), evidence));
        }
        return flags;
    }
}
