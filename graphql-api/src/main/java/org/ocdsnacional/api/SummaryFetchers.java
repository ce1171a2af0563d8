package org.ocdsnacional.api;

import graphql.schema.DataFetcher;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Amounts;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.OrganizationDirectory.Role;
import org.ocdsnacional.indexer.query.Shares;

import java.util.List;
import java.util.Map;

/**
 * {@code summary(filter)}: totals, groups by each dimension, rankings and shares of the matching processes, all
 * that one summary selects answered by a single search ({@link SearchedFields}).
 */
final class SummaryFetchers {

    private static final int MAX_GROUPS = 200;

    private final ApiBackend backend;
    private final SearchedFields fields;

    SummaryFetchers(ApiBackend backend) {
        this.backend = backend;
        this.fields = new SearchedFields(backend)
                .field("processCount", (arguments, summary) -> Aggregation.totals(), Group::processes)
                .field("awarded", (arguments, summary) -> Aggregation.totals(),
                        totals -> Views.money(totals.awarded()))
                .field("byState", groups(Dimension.STATE), Views::groups)
                .field("bySource", groups(Dimension.SOURCE), Views::groups)
                .field("byLevel", groups(Dimension.LEVEL), Views::groups)
                .field("byYear", groups(Dimension.YEAR), Views::groups)
                .field("byMonth", groups(Dimension.MONTH), Views::groups)
                .field("byMethod", groups(Dimension.METHOD), Views::groups)
                .field("byMethodDetails", groups(Dimension.METHOD_DETAILS), Views::groups)
                .field("byCategory", groups(Dimension.CATEGORY), Views::groups)
                .field("topBuyers", (arguments, summary) -> ranking(arguments, Role.BUYER),
                        buyers -> Views.organizations(buyers, Role.BUYER))
                .field("topSuppliers", (arguments, summary) -> ranking(arguments, Role.SUPPLIER),
                        suppliers -> Views.organizations(suppliers, Role.SUPPLIER))
                .field("missing", (arguments, summary) -> unplaced(arguments, Amounts.ALL), Views::unplaced)
                .field("directAwardShare", (arguments, summary) -> Aggregation.shares(), Shares::directAwardShare)
                .field("singleBidderShare", (arguments, summary) -> Aggregation.shares(),
                        Shares::singleBidderShare);
    }

    DataFetcher<Map<String, Object>> summary() {
        return env -> fields.answered(env, Map.of(SearchedFields.FILTER,
                FilterInput.read(env.getArgument("filter"), backend.sources().get())));
    }

    TypeRuntimeWiring.Builder wire(TypeRuntimeWiring.Builder summary) {
        return fields.wire(summary);
    }

    private static SearchedFields.Asks<List<Group>> groups(Dimension dimension) {
        return (arguments, summary) -> Aggregation.groups(dimension,
                DateField.valueOf(FilterInput.valueOr(arguments, "date", "RELEASE")), MAX_GROUPS);
    }

    /** The processes that the grouping {@code by} (of the {@code date} given, for years and months) cannot place. */
    static Aggregation<Group> unplaced(Map<String, Object> arguments, Amounts amounts) {
        return Aggregation.unplaced(Dimension.valueOf(String.valueOf(arguments.get("by"))),
                DateField.valueOf(FilterInput.valueOr(arguments, "date", "RELEASE")), amounts);
    }

    /** Top buyers or suppliers, by count or by amount in a currency, {@code first} of them. */
    private static Aggregation<List<Group>> ranking(Map<String, Object> arguments, Role role) {
        OrderInput.RankingChoice ranking = OrderInput.ranking(arguments.get("orderBy"));
        int first = OrderInput.first(arguments.get("first"), 10);
        return role == Role.BUYER ? Aggregation.topBuyers(ranking.ranking(), ranking.currency(), first)
                : Aggregation.topSuppliers(ranking.ranking(), ranking.currency(), first);
    }
}
