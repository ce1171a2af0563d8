package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns free text and typed filters into an OpenSearch bool query. Free text goes into {@code multi_match},
 * which analyses it as plain words: no OpenSearch query syntax in user input is ever interpreted.
 */
final class FilterQuery {

    private static final List<String> TEXT_FIELDS = List.of("title^3", "description^2", "fullText");

    private final ObjectMapper mapper;

    FilterQuery(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode build(Optional<String> text, ProcessFilter filter) {
        ObjectNode bool = mapper.createObjectNode();
        ObjectNode clauses = bool.putObject("bool");
        text.map(String::trim).filter(words -> !words.isEmpty())
                .ifPresent(words -> clauses.putArray("must").add(multiMatch(words)));
        ArrayNode filters = clauses.putArray("filter");
        terms(filters, "sources", filter.sources());
        terms(filters, "states", filter.states());
        terms(filters, "levels", filter.levels());
        terms(filters, "procurementMethod", filter.methods());
        terms(filters, "procurementMethodDetails", filter.methodDetails());
        terms(filters, "mainProcurementCategory", filter.categories());
        terms(filters, "tenderStatus", filter.tenderStatuses());
        terms(filters, "awardStatuses", filter.awardStatuses());
        terms(filters, "contractStatuses", filter.contractStatuses());
        filter.buyerId().ifPresent(id -> filters.add(anyOf(term("buyer.id", id), term("buyer.orgId", OrganizationIdentity.idOf(id)))));
        filter.buyerName().ifPresent(name -> filters.add(match("buyer.name", name)));
        filter.supplierId().ifPresent(id -> filters.add(nested("suppliers",
                anyOf(term("suppliers.id", id), term("suppliers.orgId", OrganizationIdentity.idOf(id))))));
        filter.supplierName().ifPresent(name -> filters.add(nested("suppliers", match("suppliers.name", name))));
        filter.organizationId().ifPresent(id -> filters.add(naming(List.of(OrganizationIdentity.idOf(id)))));
        filter.dates().forEach(range -> filters.add(dateRange(range)));
        filter.amount().ifPresent(range -> filters.add(amountRange(range)));
        filter.tenderers().ifPresent(range -> filters.add(intRange("numberOfTenderers", range)));
        filter.directAward().ifPresent(flag -> filters.add(term("directAward", flag)));
        filter.singleBidder().ifPresent(flag -> filters.add(term("singleBidder", flag)));
        terms(filters, "flagCodes", filter.flags());
        filter.anyFlag().ifPresent(any -> filters.add(any ? exists("flagCodes") : none(exists("flagCodes"))));
        return bool;
    }

    /** The processes that name one of {@code orgIds} (organization ids) as their buyer or as a supplier. */
    ObjectNode naming(Collection<String> orgIds) {
        ObjectNode buyer = mapper.createObjectNode();
        orgIds.forEach(buyer.putObject("terms").putArray("buyer.orgId")::add);
        ObjectNode supplier = mapper.createObjectNode();
        orgIds.forEach(supplier.putObject("terms").putArray("suppliers.orgId")::add);
        return anyOf(buyer, nested("suppliers", supplier));
    }

    private ObjectNode anyOf(ObjectNode... queries) {
        ObjectNode bool = mapper.createObjectNode();
        ArrayNode should = bool.putObject("bool").put("minimum_should_match", 1).putArray("should");
        for (ObjectNode query : queries) {
            should.add(query);
        }
        return bool;
    }

    private ObjectNode intRange(String field, ProcessFilter.IntRange range) {
        ObjectNode node = mapper.createObjectNode();
        ObjectNode bounds = node.putObject("range").putObject(field);
        range.min().ifPresent(min -> bounds.put("gte", min));
        range.max().ifPresent(max -> bounds.put("lte", max));
        return node;
    }

    private ObjectNode multiMatch(String words) {
        ObjectNode multiMatch = mapper.createObjectNode();
        ObjectNode body = multiMatch.putObject("multi_match");
        body.put("query", words);
        body.put("type", "cross_fields");
        body.put("operator", "and");
        TEXT_FIELDS.forEach(body.putArray("fields")::add);
        return multiMatch;
    }

    private void terms(ArrayNode filters, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        ObjectNode terms = filters.addObject();
        values.forEach(terms.putObject("terms").putArray(field)::add);
    }

    private ObjectNode term(String field, String value) {
        ObjectNode term = mapper.createObjectNode();
        term.putObject("term").put(field, value);
        return term;
    }

    private ObjectNode term(String field, boolean value) {
        ObjectNode term = mapper.createObjectNode();
        term.putObject("term").put(field, value);
        return term;
    }

    private ObjectNode exists(String field) {
        ObjectNode exists = mapper.createObjectNode();
        exists.putObject("exists").put("field", field);
        return exists;
    }

    private ObjectNode none(ObjectNode query) {
        ObjectNode bool = mapper.createObjectNode();
        bool.putObject("bool").putArray("must_not").add(query);
        return bool;
    }

    private ObjectNode match(String field, String words) {
        ObjectNode match = mapper.createObjectNode();
        match.putObject("match").putObject(field).put("query", words).put("operator", "and");
        return match;
    }

    private ObjectNode nested(String path, ObjectNode query) {
        ObjectNode nested = mapper.createObjectNode();
        nested.putObject("nested").put("path", path).set("query", query);
        return nested;
    }

    /** Bounds given as dates are days in Mexico City: "to 2024-12-31" includes that whole day there. */
    private ObjectNode dateRange(DateRange range) {
        ObjectNode node = mapper.createObjectNode();
        ObjectNode bounds = node.putObject("range").putObject(range.field().field());
        range.from().ifPresent(from -> bounds.put("gte", from));
        range.to().ifPresent(to -> bounds.put("lte", DateRange.isDay(to) ? to + "||/d" : to));
        bounds.put("time_zone", DateRange.MEXICO_CITY.getId());
        return node;
    }

    private ObjectNode amountRange(AmountRange range) {
        ObjectNode bool = mapper.createObjectNode();
        ArrayNode inner = bool.putObject("bool").putArray("filter");
        range.currency().ifPresent(currency -> inner.add(term("awarded.currency", currency)));
        ObjectNode bounds = inner.addObject().putObject("range").putObject("awarded.minor");
        range.min().ifPresent(min -> bounds.put("gte", Money.minorUnits(min)));
        range.max().ifPresent(max -> bounds.put("lte", Money.minorUnits(max)));
        return nested("awarded", bool);
    }

}
