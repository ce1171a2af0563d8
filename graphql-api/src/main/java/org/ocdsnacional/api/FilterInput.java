package org.ocdsnacional.api;

import org.ocdsnacional.indexer.query.AmountRange;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.DateRange;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.RegisteredSources;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code ProcessFilter} input object of a GraphQL request into the indexer's filter. The values of enums
 * arrive as the codes the index stores ({@link VocabularyEnums}); sources are checked against the registered ones,
 * and the query layer checks the rest.
 */
final class FilterInput {

    private FilterInput() {
    }

    static ProcessFilter read(Map<String, Object> input, List<SourceDescriptor> registered) {
        if (input == null) {
            return ProcessFilter.NONE;
        }
        return ProcessFilter.builder()
                .sources(RegisteredSources.check("sources", strings(input.get("sources")), registered))
                .states(strings(input.get("states")))
                .levels(strings(input.get("levels")))
                .buyerId(text(input.get("buyerId")))
                .buyerName(text(input.get("buyerName")))
                .supplierId(text(input.get("supplierId")))
                .supplierName(text(input.get("supplierName")))
                .organizationId(text(input.get("organizationId")))
                .methods(strings(input.get("procurementMethods")))
                .methodDetails(strings(input.get("procurementMethodDetails")))
                .categories(strings(input.get("mainProcurementCategories")))
                .tenderStatuses(strings(input.get("tenderStatuses")))
                .awardStatuses(strings(input.get("awardStatuses")))
                .contractStatuses(strings(input.get("contractStatuses")))
                .dates(dateRanges(input))
                .amount(map(input.get("amount")).map(FilterInput::amountRange))
                .tenderers(map(input.get("tenderers")).map(FilterInput::intRange))
                .directAward(Optional.ofNullable((Boolean) input.get("directAward")))
                .singleBidder(Optional.ofNullable((Boolean) input.get("singleBidder")))
                .flags(strings(input.get("flags")))
                .anyFlag(Optional.ofNullable((Boolean) input.get("anyFlag")))
                .build();
    }

    private static List<DateRange> dateRanges(Map<String, Object> input) {
        List<DateRange> ranges = new ArrayList<>();
        map(input.get("date")).map(FilterInput::dateRange).ifPresent(ranges::add);
        if (input.get("dates") instanceof List<?> list) {
            list.forEach(item -> map(item).map(FilterInput::dateRange).ifPresent(ranges::add));
        }
        return ranges;
    }

    private static DateRange dateRange(Map<String, Object> input) {
        DateField field = DateField.valueOf(valueOr(input, "field", "RELEASE"));
        return new DateRange(field, text(input.get("from")), text(input.get("to")));
    }

    private static AmountRange amountRange(Map<String, Object> input) {
        return new AmountRange(text(input.get("currency")), decimal(input.get("min")), decimal(input.get("max")));
    }

    private static ProcessFilter.IntRange intRange(Map<String, Object> input) {
        return new ProcessFilter.IntRange(Optional.ofNullable((Integer) input.get("min")),
                Optional.ofNullable((Integer) input.get("max")));
    }

    /**
     * The value of {@code key}, or {@code fallback} when it is absent or null: a client may write {@code null} for an
     * argument that has a default, which graphql-java then passes as null.
     */
    static String valueOr(Map<String, Object> input, String key, String fallback) {
        Object value = input.get(key);
        return value == null ? fallback : value.toString();
    }

    static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    static Optional<String> text(Object value) {
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    private static Optional<BigDecimal> decimal(Object value) {
        return Optional.ofNullable((BigDecimal) value);
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> map(Object value) {
        return value instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }
}
