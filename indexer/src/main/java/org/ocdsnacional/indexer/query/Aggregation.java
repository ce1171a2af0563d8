package org.ocdsnacional.indexer.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;

import java.util.List;
import java.util.Optional;

/**
 * One aggregation over the processes that match a filter: what it adds to a search, and how it reads its part of
 * the answer. Any number of them are answered by one search ({@link ProcessAggregations#answer}), each under a
 * name of its own so that their inner names never meet. Equal aggregations are asked once.
 *
 * @param <T> what it answers
 */
public interface Aggregation<T> {

    /** Adds its aggregations to {@code aggs}, and to the search {@code body} any option it needs. */
    void ask(ObjectNode body, ObjectNode aggs);

    /** Its answer, from the whole search {@code answer} and {@code own}, the results of its aggregations. */
    T read(JsonNode answer, JsonNode own);

    /** How many processes match, and their awarded amounts per currency. */
    static Aggregation<Group> totals() {
        return new Totals();
    }

    /**
     * The matching processes grouped by {@code dimension}, largest first (by count; years and months in time
     * order), with the awarded amounts of each group. {@code dateField} says which date years and months are taken
     * from.
     */
    static Aggregation<List<Group>> groups(Dimension dimension, DateField dateField, int size) {
        return groups(dimension, dateField, size, Amounts.ALL);
    }

    /**
     * As {@link #groups(Dimension, DateField, int)}, each group with the {@code amounts} it adds up (for suppliers:
     * always what was awarded to each).
     */
    static Aggregation<List<Group>> groups(Dimension dimension, DateField dateField, int size, Amounts amounts) {
        return switch (dimension) {
            case YEAR -> new DateGroups(dateField, "year", "yyyy", amounts);
            case MONTH -> new DateGroups(dateField, "month", "yyyy-MM", amounts);
            case SUPPLIER -> topSuppliers(Ranking.COUNT, Optional.empty(), size);
            case BUYER -> topBuyers(Ranking.COUNT, Optional.empty(), size, amounts);
            default -> new TermGroups(dimension.field(), size, amounts);
        };
    }

    /**
     * The matching processes that {@link #groups} by {@code dimension} cannot place (no state, no such date, no
     * method, no buyer, no supplier…), with the {@code amounts} they add up: beside the groups, what makes them add
     * up to all the matching processes.
     */
    static Aggregation<Group> unplaced(Dimension dimension, DateField dateField, Amounts amounts) {
        return new Unplaced(dimension, dimension.isDate() ? dateField : DateField.RELEASE, amounts);
    }

    /**
     * The top buyers, by number of processes or by awarded amount in {@code currency} (required to rank by
     * amount: amounts in different currencies are not comparable). The ranking orders them; each shows its count and
     * its amounts in every currency whatever the ranking.
     */
    static Aggregation<List<Group>> topBuyers(Ranking ranking, Optional<String> currency, int size) {
        return topBuyers(ranking, currency, size, Amounts.ALL);
    }

    /** As {@link #topBuyers(Ranking, Optional, int)}, with the {@code amounts} each buyer adds up (and is ranked by). */
    static Aggregation<List<Group>> topBuyers(Ranking ranking, Optional<String> currency, int size, Amounts amounts) {
        return new TopBuyers(ranking, AggregationJson.currencyFor(ranking, currency), size, amounts, List.of());
    }

    /**
     * The top suppliers, by number of processes in which they are suppliers or by amount awarded to them in
     * {@code currency}. An award's value counts for each of its suppliers, once. The ranking orders them; each shows
     * its count and its amounts in every currency whatever the ranking.
     */
    static Aggregation<List<Group>> topSuppliers(Ranking ranking, Optional<String> currency, int size) {
        return new TopSuppliers(ranking, AggregationJson.currencyFor(ranking, currency), size, List.of());
    }

    /** Direct awards and single-bid tenders among the matching processes. */
    static Aggregation<Shares> shares() {
        return new Competition();
    }

    /** The amounts awarded per currency in the matching processes. */
    static Aggregation<List<Money>> awarded() {
        return new Awarded(Amounts.ALL);
    }

    /** The amounts awarded to one supplier (by organization id) per currency, in the matching processes. */
    static Aggregation<List<Money>> awardedTo(String orgId) {
        return new Awarded(Amounts.awardedTo(orgId));
    }
}
