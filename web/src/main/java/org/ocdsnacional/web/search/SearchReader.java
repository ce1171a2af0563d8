package org.ocdsnacional.web.search;

import org.ocdsnacional.indexer.query.AmountRange;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.DateRange;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.ocds.mx.Rfc;
import org.ocdsnacional.web.http.BadRequestException;
import org.ocdsnacional.web.i18n.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.ocdsnacional.web.search.SearchParams.*;

/**
 * Reads {@link SearchParams} into a {@link Search}, checking every value; all that is wrong is reported at once
 * (a 400 page listing each parameter, its value and what would do).
 */
public final class SearchReader {

    /** Longer free text is refused: no search needs it. */
    static final int MAX_TEXT = 500;
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Map<String, DateField> DATE_FIELDS = Map.of("publicacion", DateField.RELEASE,
            "licitacion", DateField.TENDER_START, "adjudicacion", DateField.AWARD, "contrato",
            DateField.CONTRACT_SIGNED);
    /** The orderings by name. */
    public static final List<String> ORDERS = List.of("relevancia", "reciente", "antiguo", "monto_mayor",
            "monto_menor");

    private final Texts texts;
    private final List<String> problems = new ArrayList<>();

    private SearchReader(Texts texts) {
        this.texts = texts;
    }

    /** The search {@code params} describe, or a {@link BadRequestException} that lists every problem. */
    public static Search read(SearchParams params, Texts texts) {
        SearchReader reader = new SearchReader(texts);
        Search search = reader.search(params);
        if (!reader.problems.isEmpty()) {
            throw new BadRequestException(String.join("\n", reader.problems));
        }
        return search;
    }

    /** The date a {@code fecha} value names; release date when absent or unknown. */
    public static DateField dateField(SearchParams params) {
        return params.first(DATE_FIELD).map(DATE_FIELDS::get).orElse(DateField.RELEASE);
    }

    /** The names of the dates a range may apply to. */
    public static List<String> dateFieldNames() {
        return List.of("publicacion", "licitacion", "adjudicacion", "contrato");
    }

    private Search search(SearchParams params) {
        Optional<String> text = params.first(TEXT);
        text.filter(words -> words.length() > MAX_TEXT).ifPresent(words -> problem("search.problem.text",
                TEXT, String.valueOf(MAX_TEXT)));
        params.first(DATE_FIELD).filter(name -> !DATE_FIELDS.containsKey(name)).ifPresent(name -> problem(
                "search.problem.choice", DATE_FIELD, name, String.join(", ", dateFieldNames())));
        DateField dateField = dateField(params);
        ProcessFilter filter = ProcessFilter.builder()
                .states(allowed(params, STATE, Vocabulary.states()))
                .levels(allowed(params, LEVEL, Vocabulary.LEVELS))
                .sources(params.all(SOURCE))
                .buyerName(params.first(BUYER))
                .buyerId(params.first(BUYER_ID).map(OrganizationIdentity::idOf))
                .supplierName(params.first(SUPPLIER).filter(value -> Rfc.normalise(value).isEmpty()))
                .supplierId(params.first(SUPPLIER_ID).or(() -> params.first(SUPPLIER).flatMap(Rfc::normalise))
                        .map(OrganizationIdentity::idOf))
                .organizationId(params.first(ORGANIZATION))
                .methods(allowed(params, METHOD, Vocabulary.METHODS))
                .methodDetails(params.all(METHOD_DETAILS))
                .categories(allowed(params, CATEGORY, Vocabulary.CATEGORIES))
                .tenderStatuses(allowed(params, TENDER_STATUS, Vocabulary.TENDER_STATUSES))
                .awardStatuses(allowed(params, AWARD_STATUS, Vocabulary.AWARD_STATUSES))
                .contractStatuses(allowed(params, CONTRACT_STATUS, Vocabulary.CONTRACT_STATUSES))
                .dates(dates(params, dateField))
                .amount(amount(params))
                .tenderers(tenderers(params))
                .directAward(yesNo(params, DIRECT_AWARD))
                .singleBidder(yesNo(params, SINGLE_BIDDER))
                .build();
        Optional<ProcessOrder> order = order(params, text.isPresent());
        return new Search(text, filter, order, dateField, params.first(AFTER), params.first(BEFORE));
    }

    private List<String> allowed(SearchParams params, String name, List<String> known) {
        List<String> values = params.all(name);
        values.stream().filter(value -> !known.contains(value)).forEach(value -> problem("search.problem.choice",
                name, value, String.join(", ", known)));
        return values.stream().filter(known::contains).toList();
    }

    private List<DateRange> dates(SearchParams params, DateField field) {
        Optional<LocalDate> from = params.first(FROM).flatMap(value -> date(FROM, value));
        Optional<LocalDate> to = params.first(TO).flatMap(value -> date(TO, value));
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            problem("search.problem.range", FROM, TO);
        }
        if (from.isEmpty() && to.isEmpty()) {
            return List.of();
        }
        return List.of(new DateRange(field, from.map(LocalDate::toString), to.map(LocalDate::toString)));
    }

    private Optional<AmountRange> amount(SearchParams params) {
        Optional<String> currency = params.first(CURRENCY);
        currency.filter(code -> !CURRENCY_CODE.matcher(code).matches())
                .ifPresent(code -> problem("search.problem.currency", CURRENCY, code));
        Optional<BigDecimal> min = params.first(AMOUNT_MIN).flatMap(value -> amount(AMOUNT_MIN, value));
        Optional<BigDecimal> max = params.first(AMOUNT_MAX).flatMap(value -> amount(AMOUNT_MAX, value));
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            problem("search.problem.range", AMOUNT_MIN, AMOUNT_MAX);
        }
        if (min.isEmpty() && max.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AmountRange(currency, min, max));
    }

    private Optional<ProcessFilter.IntRange> tenderers(SearchParams params) {
        Optional<Integer> min = params.first(TENDERERS_MIN).flatMap(value -> count(TENDERERS_MIN, value));
        Optional<Integer> max = params.first(TENDERERS_MAX).flatMap(value -> count(TENDERERS_MAX, value));
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            problem("search.problem.range", TENDERERS_MIN, TENDERERS_MAX);
        }
        return min.isEmpty() && max.isEmpty() ? Optional.empty()
                : Optional.of(new ProcessFilter.IntRange(min, max));
    }

    private Optional<Boolean> yesNo(SearchParams params, String name) {
        return params.first(name).flatMap(value -> switch (value) {
            case "si" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> {
                problem("search.problem.choice", name, value, "si, no");
                yield Optional.empty();
            }
        });
    }

    private Optional<ProcessOrder> order(SearchParams params, boolean hasText) {
        String currency = params.first(CURRENCY).filter(code -> CURRENCY_CODE.matcher(code).matches()).orElse("MXN");
        return params.first(ORDER).flatMap(name -> switch (name) {
            case "relevancia" -> {
                if (!hasText) {
                    problem("search.problem.relevance", ORDER);
                }
                yield Optional.of(new ProcessOrder(ProcessOrder.Field.RELEVANCE, false, currency));
            }
            case "reciente" -> Optional.of(new ProcessOrder(ProcessOrder.Field.DATE, false, currency));
            case "antiguo" -> Optional.of(new ProcessOrder(ProcessOrder.Field.DATE, true, currency));
            case "monto_mayor" -> Optional.of(new ProcessOrder(ProcessOrder.Field.AMOUNT, false, currency));
            case "monto_menor" -> Optional.of(new ProcessOrder(ProcessOrder.Field.AMOUNT, true, currency));
            default -> {
                problem("search.problem.choice", ORDER, name, String.join(", ", ORDERS));
                yield Optional.empty();
            }
        });
    }

    private Optional<LocalDate> date(String name, String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problem("search.problem.date", name, value);
            return Optional.empty();
        }
    }

    private Optional<BigDecimal> amount(String name, String value) {
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", ""));
            if (amount.signum() < 0 || amount.compareTo(new BigDecimal("1e15")) > 0) {
                problem("search.problem.amount", name, value);
                return Optional.empty();
            }
            return Optional.of(amount);
        } catch (NumberFormatException e) {
            problem("search.problem.amount", name, value);
            return Optional.empty();
        }
    }

    private Optional<Integer> count(String name, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return Optional.of(count);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem("search.problem.count", name, value);
        return Optional.empty();
    }

    private void problem(String key, String... arguments) {
        problems.add(texts.get(key, (Object[]) arguments));
    }
}
