package org.ocdsnacional.web.home;

import io.helidon.webserver.http.ServerRequest;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Amounts;
import org.ocdsnacional.indexer.query.Answers;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.web.PortalBackend;
import org.ocdsnacional.web.chart.BarChart;
import org.ocdsnacional.web.chart.ColumnChart;
import org.ocdsnacional.web.chart.StateMap;
import org.ocdsnacional.web.http.Links;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.http.Pages.View;
import org.ocdsnacional.web.http.Problems;
import org.ocdsnacional.web.search.Choice;
import org.ocdsnacional.web.search.SearchParams;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /}: the headline figures, the map of the states, processes per month, and the breakdowns by method,
 * category and buyer: all the numbers of one aggregation request over every process (the API's {@code summary}),
 * and the publishers' latest successful runs.
 */
public final class HomePages {

    /** Months the time series shows, up to the latest with data. */
    static final int MONTHS = 36;
    private static final String MAP = "mapa";
    private static final List<String> MAP_MODES = List.of("procesos", "monto");
    private static final Aggregation<List<Group>> STATES = Aggregation.groups(Dimension.STATE, DateField.RELEASE, 40);
    private static final Aggregation<List<Group>> MONTHLY = Aggregation.groups(Dimension.MONTH, DateField.RELEASE,
            1_000);
    private static final Aggregation<List<Group>> METHODS = Aggregation.groups(Dimension.METHOD, DateField.RELEASE,
            10);
    private static final Aggregation<List<Group>> CATEGORIES = Aggregation.groups(Dimension.CATEGORY,
            DateField.RELEASE, 10);
    private static final Aggregation<List<Group>> BUYERS = Aggregation.topBuyers(Ranking.COUNT, Optional.empty(), 8);
    /** The groupings the page draws, whose unplaced processes it counts beside them. */
    private static final List<Dimension> GROUPINGS = List.of(Dimension.STATE, Dimension.MONTH, Dimension.METHOD,
            Dimension.CATEGORY, Dimension.BUYER);

    private final PortalBackend backend;

    public HomePages(PortalBackend backend) {
        this.backend = backend;
    }

    public View render(ServerRequest request, PageContext ctx) {
        String mode = request.query().first(MAP).asOptional().orElse("procesos");
        if (!MAP_MODES.contains(mode)) {
            throw Problems.refused(MAP, mode, MAP_MODES);
        }
        List<Aggregation<?>> asked = new ArrayList<>(List.of(Aggregation.totals(), STATES, MONTHLY, METHODS,
                CATEGORIES, BUYERS));
        GROUPINGS.forEach(dimension -> asked.add(unplaced(dimension)));
        Answers answers = backend.aggregations().answer(ProcessFilter.NONE, asked);
        Group totals = answers.find(Aggregation.totals()).orElseThrow();
        List<String> ids = backend.sources().get().stream().map(SourceDescriptor::id).toList();
        Map<String, HarvestRun> succeeded = backend.runs().latestIn(ids, RunState.SUCCEEDED);
        Optional<Instant> latest = succeeded.values().stream().flatMap(run -> run.finishedAt().stream())
                .max(Instant::compareTo);
        boolean byAmount = mode.equals("monto");
        return new View("home.jte", new HomePage(ctx, ctx.formats().number(totals.processes()),
                totals.awarded().stream().map(ctx.formats()::money).toList(),
                ctx.formats().number(succeeded.size()), latest.map(ctx.formats()::dateTime).orElse("—"),
                map(ctx, answers.find(STATES).orElse(List.of()), byAmount),
                MAP_MODES.stream().map(name -> new Choice(name.equals("procesos") ? "/" : "/?" + MAP + "=" + name,
                        ctx.t("home.map." + name), name.equals(mode))).toList(),
                ctx.t("home.map.figure." + mode),
                months(ctx, answers.find(MONTHLY).orElse(List.of())),
                bars(ctx, answers.find(METHODS).orElse(List.of()), "method", SearchParams.METHOD),
                bars(ctx, answers.find(CATEGORIES).orElse(List.of()), "category", SearchParams.CATEGORY),
                BarChart.of(answers.find(BUYERS).orElse(List.of()).stream().map(buyer -> new BarChart.Item(
                        buyer.name(), buyer.processes(), ctx.formats().number(buyer.processes()),
                        Optional.of(Links.organization(buyer.key())))).toList()), unplaced(ctx, answers)));
    }

    private static Aggregation<Group> unplaced(Dimension dimension) {
        return Aggregation.unplaced(dimension, DateField.RELEASE, Amounts.ALL);
    }

    /** What each grouping could not place, by dimension; a grouping that placed every process is absent. */
    private static Map<Dimension, String> unplaced(PageContext ctx, Answers answers) {
        Map<Dimension, String> lines = new EnumMap<>(Dimension.class);
        GROUPINGS.forEach(dimension -> ctx.unplaced(dimension, answers.find(unplaced(dimension)))
                .ifPresent(line -> lines.put(dimension, line)));
        return lines;
    }

    private static StateMap map(PageContext ctx, List<Group> states, boolean byAmount) {
        Map<String, Double> figures = new HashMap<>();
        for (Group state : states) {
            double figure = byAmount ? state.awarded().stream().filter(money -> money.currency().equals("MXN"))
                    .map(Money::amount).findFirst().orElse(BigDecimal.ZERO).doubleValue() : state.processes();
            if (figure > 0) {
                figures.put(state.key(), figure);
            }
        }
        return StateMap.of(figures, code -> ctx.state(code),
                figure -> byAmount ? "$" + ctx.formats().compact(figure) + " MXN"
                        : ctx.formats().number(Math.round(figure)),
                code -> Links.search(SearchParams.STATE, code), ctx.t("home.map.none"));
    }

    /** The last {@value #MONTHS} months up to the latest with data, empty months included. */
    private static ColumnChart months(PageContext ctx, List<Group> groups) {
        Map<String, Long> counts = new HashMap<>();
        groups.forEach(group -> counts.put(group.key(), group.processes()));
        if (groups.isEmpty()) {
            return ColumnChart.of(List.of(), value -> "");
        }
        YearMonth last = YearMonth.parse(groups.getLast().key());
        List<ColumnChart.Item> items = new ArrayList<>();
        for (YearMonth month = last.minusMonths(MONTHS - 1); !month.isAfter(last); month = month.plusMonths(1)) {
            long count = counts.getOrDefault(month.toString(), 0L);
            items.add(new ColumnChart.Item(ctx.formats().month(month.toString()), count, ctx.formats().number(count),
                    Optional.of(SearchParams.none().with(SearchParams.FROM, month.atDay(1).toString())
                            .with(SearchParams.TO, month.atEndOfMonth().toString()).url())));
        }
        return ColumnChart.of(items, value -> ctx.formats().compact(value));
    }

    private static BarChart bars(PageContext ctx, List<Group> groups, String labels, String param) {
        return BarChart.of(groups.stream().map(group -> new BarChart.Item(ctx.label(labels, group.key()),
                group.processes(), ctx.formats().number(group.processes()),
                Optional.of(Links.search(param, group.key())))).toList());
    }
}
