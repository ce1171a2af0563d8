package org.ocdsnacional.web.search;

import org.ocdsnacional.indexer.query.AmountBounds;
import org.ocdsnacional.indexer.query.AmountRange;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.DateRange;
import org.ocdsnacional.indexer.query.InputBounds;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.indexer.query.RegisteredSources;
import org.ocdsnacional.indexer.query.Vocabulary;
import org.ocdsnacional.indexer.query.Vocabulary.ClosedSet;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.ocds.mx.Rfc;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.web.http.BadRequestException;
import org.ocdsnacional.web.http.Problems;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.ocdsnacional.indexer.query.InvalidQueryException.shown;
import static org.ocdsnacional.web.search.SearchParams.*;

/**
 * Reads {@link SearchParams} into a {@link Search}, checking every value with the query layer's own checks (the
 * {@link Vocabulary}'s closed sets, {@link RegisteredSources}, {@link InputBounds}, {@link DateRange},
 * {@link AmountBounds}), so that a wrong
 * value gets the same error the API gives for it, named by the portal's parameter; all that is wrong is reported at
 * once (a 400 page listing each).
 */
public final class SearchReader {

    private static final Map<String, DateField> DATE_FIELDS = Map.of("publicacion", DateField.RELEASE,
            "licitacion", DateField.TENDER_START, "adjudicacion", DateField.AWARD, "contrato",
            DateField.CONTRACT_SIGNED);
    /** The orderings by name. */
    public static final List<String> ORDERS = List.of("relevancia", "reciente", "antiguo", "monto_mayor",
            "monto_menor");
    private static final List<String> YES_NO = List.of("si", "no");

    private final List<SourceDescriptor> registered;
    private final List<String> problems = new ArrayList<>();

    private SearchReader(List<SourceDescriptor> registered) {
        this.registered = registered;
    }

    /**
     * The search {@code params} describe, or a {@link BadRequestException} that lists every problem; sources must be
     * among the {@code registered} ones.
     */
    public static Search read(SearchParams params, List<SourceDescriptor> registered) {
        SearchReader reader = new SearchReader(registered);
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
        Optional<String> text = checked(() -> InputBounds.words(TEXT, params.first(TEXT)), Optional.empty());
        params.first(DATE_FIELD).filter(name -> !DATE_FIELDS.containsKey(name))
                .ifPresent(name -> problems.add(Problems.notAllowed(DATE_FIELD, name, dateFieldNames())));
        DateField dateField = dateField(params);
        ProcessFilter filter = checked(() -> ProcessFilter.builder()
                .states(closed(params, STATE, Vocabulary.STATES))
                .levels(closed(params, LEVEL, Vocabulary.LEVELS))
                .sources(sources(params))
                .buyerName(words(params, BUYER))
                .buyerId(single(params, BUYER_ID).map(OrganizationIdentity::idOf))
                .supplierName(words(params, SUPPLIER).filter(value -> Rfc.normalise(value).isEmpty()))
                .supplierId(single(params, SUPPLIER_ID).or(() -> params.first(SUPPLIER).flatMap(Rfc::normalise))
                        .map(OrganizationIdentity::idOf))
                .organizationId(single(params, ORGANIZATION))
                .methods(closed(params, METHOD, Vocabulary.PROCUREMENT_METHODS))
                .methodDetails(values(params, METHOD_DETAILS))
                .categories(closed(params, CATEGORY, Vocabulary.PROCUREMENT_CATEGORIES))
                .tenderStatuses(closed(params, TENDER_STATUS, Vocabulary.TENDER_STATUSES))
                .awardStatuses(closed(params, AWARD_STATUS, Vocabulary.AWARD_STATUSES))
                .contractStatuses(closed(params, CONTRACT_STATUS, Vocabulary.CONTRACT_STATUSES))
                .dates(dates(params, dateField))
                .amount(amount(params))
                .tenderers(tenderers(params))
                .directAward(yesNo(params, DIRECT_AWARD))
                .singleBidder(yesNo(params, SINGLE_BIDDER))
                .flags(closed(params, FLAG, Vocabulary.FLAGS))
                .anyFlag(yesNo(params, ANY_FLAG))
                .build(), ProcessFilter.NONE);
        Optional<ProcessOrder> order = order(params, text.isPresent());
        return new Search(text, filter, order, dateField, params.first(AFTER), params.first(BEFORE));
    }

    /** The values of a closed set's parameter, checked against the set under the portal's name. */
    private List<String> closed(SearchParams params, String name, ClosedSet set) {
        ClosedSet named = new ClosedSet(name, set.terms());
        return checked(() -> named.check(InputBounds.values(name, params.all(name))), List.of());
    }

    private List<String> sources(SearchParams params) {
        return checked(() -> RegisteredSources.check(SOURCE, InputBounds.values(SOURCE, params.all(SOURCE)),
                registered), List.of());
    }

    private List<String> values(SearchParams params, String name) {
        return checked(() -> InputBounds.values(name, params.all(name)), List.of());
    }

    private Optional<String> words(SearchParams params, String name) {
        return checked(() -> InputBounds.words(name, params.first(name)), Optional.empty());
    }

    private Optional<String> single(SearchParams params, String name) {
        return checked(() -> InputBounds.text(name, params.first(name)), Optional.empty());
    }

    private List<DateRange> dates(SearchParams params, DateField field) {
        Optional<String> from = params.first(FROM).flatMap(value -> bound(FROM, field, value));
        Optional<String> to = params.first(TO).flatMap(value -> bound(TO, field, value));
        if (from.isEmpty() && to.isEmpty()) {
            return List.of();
        }
        return checked(() -> List.of(new DateRange(field, from, to)), List.of());
    }

    /** One bound of the date range, checked as the query layer checks it. */
    private Optional<String> bound(String name, DateField field, String value) {
        return checked(name, () -> new DateRange(field, Optional.of(value), Optional.empty()).from(), Optional.empty());
    }

    private Optional<AmountRange> amount(SearchParams params) {
        Optional<String> currency = params.first(CURRENCY)
                .flatMap(code -> checked(() -> Optional.of(Vocabulary.currency(CURRENCY, code)), Optional.empty()));
        Optional<BigDecimal> min = params.first(AMOUNT_MIN).flatMap(value -> amount(AMOUNT_MIN, value));
        Optional<BigDecimal> max = params.first(AMOUNT_MAX).flatMap(value -> amount(AMOUNT_MAX, value));
        if (min.isEmpty() && max.isEmpty()) {
            return Optional.empty();
        }
        return checked(() -> Optional.of(new AmountRange(currency, min, max)), Optional.empty());
    }

    /** An amount as the query layer reads it (thousands separators forgiven), from 0 up. */
    private Optional<BigDecimal> amount(String name, String value) {
        Optional<BigDecimal> amount = checked(name, () -> Optional.of(AmountBounds.parse(value.replace(",", ""))),
                Optional.empty());
        if (amount.isPresent() && amount.get().signum() < 0) {
            problems.add(Problems.bilingual("problem.negative", name, shown(value)));
            return Optional.empty();
        }
        return amount;
    }

    private Optional<ProcessFilter.IntRange> tenderers(SearchParams params) {
        Optional<Integer> min = params.first(TENDERERS_MIN).flatMap(value -> count(TENDERERS_MIN, value));
        Optional<Integer> max = params.first(TENDERERS_MAX).flatMap(value -> count(TENDERERS_MAX, value));
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            problems.add(Problems.bilingual("problem.range", TENDERERS_MIN, TENDERERS_MAX));
        }
        return min.isEmpty() && max.isEmpty() ? Optional.empty()
                : Optional.of(new ProcessFilter.IntRange(min, max));
    }

    private Optional<Boolean> yesNo(SearchParams params, String name) {
        return params.first(name).flatMap(value -> switch (value) {
            case "si" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> {
                problems.add(Problems.notAllowed(name, value, YES_NO));
                yield Optional.empty();
            }
        });
    }

    private Optional<ProcessOrder> order(SearchParams params, boolean hasText) {
        String currency = params.first(CURRENCY).filter(Vocabulary.CURRENCIES::contains).orElse("MXN");
        return params.first(ORDER).flatMap(name -> switch (name) {
            case "relevancia" -> {
                if (!hasText) {
                    problems.add(Problems.bilingual("problem.relevance", ORDER));
                }
                yield Optional.of(new ProcessOrder(ProcessOrder.Field.RELEVANCE, false, currency));
            }
            case "reciente" -> Optional.of(new ProcessOrder(ProcessOrder.Field.DATE, false, currency));
            case "antiguo" -> Optional.of(new ProcessOrder(ProcessOrder.Field.DATE, true, currency));
            case "monto_mayor" -> Optional.of(new ProcessOrder(ProcessOrder.Field.AMOUNT, false, currency));
            case "monto_menor" -> Optional.of(new ProcessOrder(ProcessOrder.Field.AMOUNT, true, currency));
            default -> {
                problems.add(Problems.notAllowed(ORDER, name, ORDERS));
                yield Optional.empty();
            }
        });
    }

    private Optional<Integer> count(String name, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return Optional.of(count);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(Problems.bilingual("problem.count", name, shown(value)));
        return Optional.empty();
    }

    /** What {@code check} gives; when the query layer refuses it, its message is a problem and {@code otherwise}. */
    private <T> T checked(Supplier<T> check, T otherwise) {
        try {
            return check.get();
        } catch (InvalidQueryException refused) {
            problems.add(refused.getMessage());
            return otherwise;
        }
    }

    /** As {@link #checked(Supplier, Object)}, for a message that does not name the parameter: it is put first. */
    private <T> T checked(String name, Supplier<T> check, T otherwise) {
        try {
            return check.get();
        } catch (InvalidQueryException refused) {
            problems.add("«" + name + "»: " + refused.getMessage());
            return otherwise;
        }
    }
}
