package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.query.OrganizationDirectory.Role;
import org.ocdsnacional.indexer.schema.IndexName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which organizations a name search means: those that some matching process names, in one role, with all the words
 * (analysed as names are: accents, case and word forms do not matter). Only their ids: what is counted of them comes
 * from every process, whatever name it gives them.
 */
final class NamedOrganizations {

    /** The most organizations one search names: those its words name in the most processes. */
    private static final int MOST = 1_000;

    private final SearchCluster cluster;
    private final ObjectMapper mapper;

    NamedOrganizations(SearchCluster cluster, ObjectMapper mapper) {
        this.cluster = cluster;
        this.mapper = mapper;
    }

    /** The ids of the organizations in {@code role} that processes matching {@code filter} name with {@code words}. */
    List<String> ids(Role role, String words, ProcessFilter filter) {
        String field = role == Role.BUYER ? "buyer" : "suppliers";
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 0);
        body.set("query", new FilterQuery(mapper).build(Optional.empty(), filter));
        ObjectNode named = body.putObject("aggs").putObject("named");
        if (role == Role.SUPPLIER) {
            named.putObject("nested").put("path", "suppliers");
            named = named.putObject("aggs").putObject("named");
        }
        named.putObject("filter").putObject("match").putObject(field + ".name").put("query", words)
                .put("operator", "and");
        named.putObject("aggs").putObject("ids").putObject("terms").put("field", field + ".orgId").put("size", MOST);
        JsonNode answer = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body);
        JsonNode buckets = answer.at(role == Role.SUPPLIER ? "/aggregations/named/named/ids/buckets"
                : "/aggregations/named/ids/buckets");
        List<String> ids = new ArrayList<>();
        buckets.forEach(bucket -> ids.add(bucket.path("key").asText()));
        return ids;
    }
}
