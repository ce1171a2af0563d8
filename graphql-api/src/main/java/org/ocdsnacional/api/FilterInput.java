package org.ocdsnacional.api;

import org.ocdsnacional.indexer.query.AmountRange;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.DateRange;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessFilter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code ProcessFilter} input object of a GraphQL request into the indexer's filter. */
final class FilterInput {

    private FilterInput() {
    }

    static ProcessFilter read(Map<String, Object> input) {
        if (input == null) {
            return ProcessFilter.NONE;
        }
        return new ProcessFilter(strings(input.get("sources")), strings(input.get("states")),
                text(input.get("buyerId")), text(input.get("buyerName")), text(input.get("supplierId")),
                text(input.get("supplierName")), map(input.get("date")).map(FilterInput::dateRange),
                map(input.get("amount")).map(FilterInput::amountRange));
    }

    private static DateRange dateRange(Map<String, Object> input) {
        DateField field = DateField.valueOf(String.valueOf(input.getOrDefault("field", "RELEASE")));
        return new DateRange(field, text(input.get("from")).map(FilterInput::date),
                text(input.get("to")).map(FilterInput::date));
    }

    private static AmountRange amountRange(Map<String, Object> input) {
        return new AmountRange(text(input.get("currency")), decimal(input.get("min")), decimal(input.get("max")));
    }

    private static String date(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).toString() : OffsetDateTime.parse(text).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("«" + text + "» no es una fecha ISO 8601 (2024-01-31) / "
                    + "is not an ISO 8601 date (2024-01-31)");
        }
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static Optional<String> text(Object value) {
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    private static Optional<BigDecimal> decimal(Object value) {
        return Optional.ofNullable((BigDecimal) value);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> map(Object value) {
        return value instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }
}
