package org.ocdsnacional.web.search;

import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Amounts;
import org.ocdsnacional.indexer.query.Answers;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.web.http.PageContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.ocdsnacional.web.search.SearchParams.*;

/**
 * The counts beside a search's results, as links: a value narrows the search to it; a chosen value widens it again.
 * Also the filters in force, each with the address that removes it.
 */
final class Facets {

    private static final int TOP = 10;

    private final PageContext ctx;
    private final SearchParams params;
    private final Answers answers;
    private final DateField dateField;
    private final Map<String, String> names = new HashMap<>();

    Facets(PageContext ctx, SearchParams params, Answers answers, DateField dateField) {
        this.ctx = ctx;
        this.params = params;
        this.answers = answers;
        this.dateField = dateField;
        List.of(Aggregation.topBuyers(Ranking.COUNT, Optional.empty(), TOP),
                Aggregation.topSuppliers(Ranking.COUNT, Optional.empty(), TOP))
                .forEach(ranking -> answers.find(ranking).orElse(List.of())
                        .forEach(group -> names.put(group.key(), group.name())));
    }

    /** The dimensions of the facets, in the order they are shown; their unplaced processes are counted too. */
    static final List<Dimension> DIMENSIONS = List.of(Dimension.STATE, Dimension.YEAR, Dimension.METHOD,
            Dimension.CATEGORY, Dimension.BUYER, Dimension.SUPPLIER);

    /** What the facets ask, besides the search's totals. */
    static List<Aggregation<?>> asked(DateField dateField) {
        List<Aggregation<?>> asked = new ArrayList<>(List.of(
                Aggregation.groups(Dimension.STATE, dateField, 40),
                Aggregation.groups(Dimension.YEAR, dateField, 40),
                Aggregation.groups(Dimension.METHOD, dateField, TOP),
                Aggregation.groups(Dimension.CATEGORY, dateField, TOP),
                Aggregation.topBuyers(Ranking.COUNT, Optional.empty(), TOP),
                Aggregation.topSuppliers(Ranking.COUNT, Optional.empty(), TOP)));
        DIMENSIONS.forEach(dimension -> asked.add(unplaced(dimension, dateField)));
        return asked;
    }

    List<Facet> all() {
        List<Facet> facets = new ArrayList<>();
        facets.add(terms("facet-state", "search.facet.state", STATE, Dimension.STATE, groups(Dimension.STATE, 40),
                ctx::state));
        facets.add(years());
        facets.add(terms("facet-method", "search.facet.method", METHOD, Dimension.METHOD,
                groups(Dimension.METHOD, TOP), value -> ctx.label("method", value)));
        facets.add(terms("facet-category", "search.facet.category", CATEGORY, Dimension.CATEGORY,
                groups(Dimension.CATEGORY, TOP), value -> ctx.label("category", value)));
        facets.add(organizations("facet-buyer", "search.facet.buyer", BUYER_ID, Dimension.BUYER,
                answers.find(Aggregation.topBuyers(Ranking.COUNT, Optional.empty(), TOP)).orElse(List.of())));
        facets.add(organizations("facet-supplier", "search.facet.supplier", SUPPLIER_ID, Dimension.SUPPLIER,
                answers.find(Aggregation.topSuppliers(Ranking.COUNT, Optional.empty(), TOP)).orElse(List.of())));
        return facets.stream().filter(facet -> !facet.values().isEmpty() || facet.unplaced().isPresent()).toList();
    }

    /** The filters in force, each a link that removes it. */
    List<Link> applied() {
        List<Link> applied = new ArrayList<>();
        for (String name : NAMES) {
            if (name.equals(ORDER) || name.equals(AFTER) || name.equals(BEFORE) || name.equals(DATE_FIELD)) {
                continue;
            }
            for (String value : params.all(name)) {
                String label = ctx.t("search.param." + name) + ": " + valueLabel(name, value);
                applied.add(new Link(label, params.without(name, value).url()));
            }
        }
        return applied;
    }

    private String valueLabel(String name, String value) {
        return switch (name) {
            case STATE -> ctx.state(value);
            case LEVEL -> ctx.label("level", value);
            case METHOD -> ctx.label("method", value);
            case CATEGORY -> ctx.label("category", value);
            case TENDER_STATUS -> ctx.label("tender-status", value);
            case AWARD_STATUS -> ctx.label("award-status", value);
            case CONTRACT_STATUS -> ctx.label("contract-status", value);
            case DIRECT_AWARD, SINGLE_BIDDER, ANY_FLAG -> ctx.t("yes-no." + value);
            case FLAG -> ctx.flag(value);
            case BUYER_ID, SUPPLIER_ID -> names.getOrDefault(value, value);
            case FROM, TO -> ctx.formats().date(value) + " (" + ctx.t("search.date-field."
                    + params.first(DATE_FIELD).orElse("publicacion")) + ")";
            default -> value;
        };
    }

    private List<Group> groups(Dimension dimension, int size) {
        return answers.find(Aggregation.groups(dimension, dateField, size)).orElse(List.of());
    }

    private static Aggregation<Group> unplaced(Dimension dimension, DateField dateField) {
        return Aggregation.unplaced(dimension, dateField, Amounts.ALL);
    }

    private Optional<String> unplaced(Dimension dimension) {
        return ctx.unplaced(dimension, answers.find(unplaced(dimension, dateField)));
    }

    private Facet terms(String id, String title, String param, Dimension dimension, List<Group> groups,
                        Function<String, String> label) {
        List<Facet.Value> values = new ArrayList<>();
        for (Group group : groups) {
            boolean chosen = params.has(param, group.key());
            values.add(new Facet.Value(label.apply(group.key()), ctx.formats().number(group.processes()),
                    chosen ? params.without(param, group.key()).url() : params.with(param, group.key()).url(),
                    chosen));
        }
        return new Facet(id, ctx.t(title), values, unplaced(dimension));
    }

    private Facet organizations(String id, String title, String param, Dimension dimension, List<Group> groups) {
        List<Facet.Value> values = new ArrayList<>();
        for (Group group : groups) {
            boolean chosen = params.has(param, group.key());
            values.add(new Facet.Value(group.name(), ctx.formats().number(group.processes()),
                    chosen ? params.without(param).url() : params.with(param, group.key()).url(), chosen));
        }
        return new Facet(id, ctx.t(title), values, unplaced(dimension));
    }

    /** Years in time order, newest first; one narrows the date range to that calendar year. */
    private Facet years() {
        List<Group> years = new ArrayList<>(groups(Dimension.YEAR, 40));
        Collections.reverse(years);
        List<Facet.Value> values = new ArrayList<>();
        for (Group year : years) {
            String from = year.key() + "-01-01";
            String to = year.key() + "-12-31";
            boolean chosen = params.has(FROM, from) && params.has(TO, to);
            String url = chosen ? params.without(FROM).without(TO).url()
                    : params.with(FROM, from).with(TO, to).url();
            values.add(new Facet.Value(year.key(), ctx.formats().number(year.processes()), url, chosen));
        }
        String date = params.first(DATE_FIELD).orElse("publicacion");
        return new Facet("facet-year", ctx.t("search.facet.year." + date), values,
                ctx.unplaced("missing.date." + date, answers.find(unplaced(Dimension.YEAR, dateField))));
    }
}
