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
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    private final NamedOrganizations named;

    private OrganizationDirectory(SearchCluster cluster, ObjectMapper mapper, ProcessAggregations aggregations) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.aggregations = aggregations;
        this.named = new NamedOrganizations(cluster, mapper);
    }

    public static OrganizationDirectory create(SearchCluster cluster, ObjectMapper mapper,
                                               ProcessAggregations aggregations) {
        return new OrganizationDirectory(cluster, mapper, aggregations);
    }

    /**
     * Organizations whose name has the words of {@code text} (any, when empty), in the processes that match
     * {@code filter}, in one role or both (each role on its own), ranked by count or by amount in a currency. Their
     * counts and amounts are those of every matching process in the role, whatever names they bear there: the text
     * chooses organizations, never what is counted of them.
     */
    public List<OrganizationInRole> search(Optional<String> text, Optional<Role> role, ProcessFilter filter,
                                           Ranking ranking, Optional<String> currency, int size) {
        String words = InputBounds.words("query", text).map(OrganizationName::normalise).orElse("");
        Optional<String> ranked = AggregationJson.currencyFor(ranking, currency);
        return role.map(List::of).orElse(List.of(Role.values())).stream()
                .flatMap(each -> ranked(each, words, filter, ranking, ranked, size).stream()
                        .map(group -> new OrganizationInRole(each, group)))
                .sorted(order(ranking, ranked))
                .limit(size)
                .toList();
    }

    /** The top organizations in {@code role}, among those named with {@code words} when there are any. */
    private List<Group> ranked(Role role, String words, ProcessFilter filter, Ranking ranking,
                               Optional<String> currency, int size) {
        List<String> among = words.isEmpty() ? List.of() : named.ids(role, words, filter);
        if (!words.isEmpty() && among.isEmpty()) {
            return List.of();
        }
        Aggregation<List<Group>> top = role == Role.BUYER
                ? new TopBuyers(ranking, currency, size, Amounts.ALL, among)
                : new TopSuppliers(ranking, currency, size, among);
        return aggregations.answer(filter, top);
    }

    /** One organization by id (an RFC in any spelling is accepted too); empty when no process names it. */
    public Optional<Organization> find(String id) {
        String orgId = OrganizationIdentity.idOf(id);
        JsonNode answer = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", lookup(orgId));
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

    /**
     * Which of {@code ids} are organizations (the buyer or a supplier of some process, so with a page of their own),
     * in one request over the processes that name them: a process page links the parties that have one, a tenderer
     * who never won anything it names.
     */
    public Set<String> known(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        ObjectNode body = mapper.createObjectNode();
        body.put("size", 0);
        body.set("query", new FilterQuery(mapper).naming(ids));
        ObjectNode aggs = body.putObject("aggs");
        aggs.set("buyers", among("buyer.orgId", ids));
        ObjectNode suppliers = aggs.putObject("suppliers");
        suppliers.putObject("nested").put("path", "suppliers");
        suppliers.putObject("aggs").set("ids", among("suppliers.orgId", ids));
        JsonNode answer = cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "/_search", body)
                .path("aggregations");
        Set<String> known = new LinkedHashSet<>();
        keys(answer.at("/buyers/buckets"), known);
        keys(answer.at("/suppliers/ids/buckets"), known);
        return Set.copyOf(known);
    }

    /** The terms of {@code field} among {@code ids}, each once. */
    private ObjectNode among(String field, Collection<String> ids) {
        ObjectNode terms = mapper.createObjectNode();
        ObjectNode body = terms.putObject("terms").put("field", field).put("size", ids.size());
        ArrayNode include = body.putArray("include");
        ids.forEach(include::add);
        return terms;
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

    /** Largest first by count, or by amount in the ranking's currency; then by id and role, the same every time. */
    private static Comparator<OrganizationInRole> order(Ranking ranking, Optional<String> currency) {
        Comparator<OrganizationInRole> byRanking = ranking == Ranking.COUNT
                ? Comparator.comparingLong((OrganizationInRole found) -> found.counts().processes()).reversed()
                : Comparator.comparing((OrganizationInRole found) -> amountIn(found.counts(), currency.orElseThrow()))
                        .reversed();
        return byRanking.thenComparing(found -> found.counts().key()).thenComparing(OrganizationInRole::role);
    }

    private static BigDecimal amountIn(Group group, String currency) {
        return group.awarded().stream()
                .filter(money -> money.currency().equals(currency))
                .map(Money::amount)
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
