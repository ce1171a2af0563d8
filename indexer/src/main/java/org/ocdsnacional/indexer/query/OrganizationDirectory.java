package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.ocds.mx.OrganizationName;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Buyers and suppliers as organizations across all sources and states. Organizations are resolved when processes
 * are indexed (RFC first, then normalised name: see {@code OrganizationIdentity}); this reads them back.
 */
public final class OrganizationDirectory {

    /** The roles an organization plays in processes. */
    public enum Role { BUYER, SUPPLIER }

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final ProcessAggregations aggregations;

    private OrganizationDirectory(SearchCluster cluster, ObjectMapper mapper, ProcessAggregations aggregations) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.aggregations = aggregations;
    }

    public static OrganizationDirectory create(SearchCluster cluster, ObjectMapper mapper,
                                               ProcessAggregations aggregations) {
        return new OrganizationDirectory(cluster, mapper, aggregations);
    }

    /**
     * Organizations whose name contains the words of {@code text} (any, when empty), in the processes that match
     * {@code filter}, in one role or both, ranked by count or by amount in a currency.
     */
    public List<Group> search(Optional<String> text, Optional<Role> role, ProcessFilter filter, Ranking ranking,
                              Optional<String> currency, int size) {
        String words = text.map(OrganizationName::normalise).orElse("");
        int scanned = words.isEmpty() ? size : Math.max(size * 10, 200);
        Stream<Group> found = Stream.empty();
        if (role.isEmpty() || role.get() == Role.BUYER) {
            ProcessFilter buyers = filter.toBuilder().buyerName(text).build();
            found = Stream.concat(found, aggregations.topBuyers(buyers, ranking, currency, scanned).stream());
        }
        if (role.isEmpty() || role.get() == Role.SUPPLIER) {
            ProcessFilter suppliers = filter.toBuilder().supplierName(text).build();
            found = Stream.concat(found, aggregations.topSuppliers(suppliers, ranking, currency, scanned).stream());
        }
        return found.filter(group -> words.isEmpty() || OrganizationName.normalise(group.name()).contains(words))
                .sorted(order(ranking, currency))
                .limit(size)
                .toList();
    }

    /** One organization by id (an RFC in any spelling is accepted too); empty when no process names it. */
    public Optional<Organization> find(String id) {
        String orgId = OrganizationIdentity.idOf(id);
        JsonNode answer = cluster.send("POST", "/" + IndexName.PROCESSES.alias() + "/_search", lookup(orgId));
        JsonNode aggs = answer.path("aggregations");
        long asBuyer = aggs.at("/buyer/doc_count").asLong();
        long asSupplier = aggs.at("/supplier/filtered/processes/doc_count").asLong();
        if (asBuyer + asSupplier == 0) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> identifiers = new LinkedHashSet<>();
        keys(aggs.at("/buyer/names/buckets"), names);
        keys(aggs.at("/supplier/filtered/names/buckets"), names);
        keys(aggs.at("/buyer/ids/buckets"), identifiers);
        keys(aggs.at("/supplier/filtered/ids/buckets"), identifiers);
        return Optional.of(new Organization(orgId, List.copyOf(names), List.copyOf(identifiers), asBuyer,
                asSupplier));
    }

    private ObjectNode lookup(String orgId) {
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 0);
        ObjectNode aggs = body.putObject("aggs");
        ObjectNode buyer = aggs.putObject("buyer");
        buyer.putObject("filter").putObject("term").put("buyer.orgId", orgId);
        ObjectNode buyerAggs = buyer.putObject("aggs");
        buyerAggs.set("names", terms("buyer.name.raw"));
        buyerAggs.set("ids", terms("buyer.id"));
        ObjectNode supplier = aggs.putObject("supplier");
        supplier.putObject("nested").put("path", "suppliers");
        ObjectNode filtered = supplier.putObject("aggs").putObject("filtered");
        filtered.putObject("filter").putObject("term").put("suppliers.orgId", orgId);
        ObjectNode supplierAggs = filtered.putObject("aggs");
        supplierAggs.set("names", terms("suppliers.name.raw"));
        supplierAggs.set("ids", terms("suppliers.id"));
        supplierAggs.putObject("processes").putObject("reverse_nested");
        return body;
    }

    private ObjectNode terms(String field) {
        ObjectNode terms = mapper.createObjectNode();
        terms.putObject("terms").put("field", field).put("size", 20);
        return terms;
    }

    private static void keys(JsonNode buckets, Set<String> into) {
        if (buckets instanceof ArrayNode list) {
            list.forEach(bucket -> into.add(bucket.path("key").asText()));
        }
    }

    private static Comparator<Group> order(Ranking ranking, Optional<String> currency) {
        if (ranking == Ranking.COUNT) {
            return Comparator.comparingLong(Group::processes).reversed();
        }
        String code = currency.orElse("");
        return Comparator.comparing((Group group) -> group.awarded().stream()
                .filter(money -> money.currency().equals(code))
                .map(Money::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO)).reversed();
    }
}
