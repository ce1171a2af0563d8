package org.ocdsnacional.web.organization;

import io.helidon.webserver.http.ServerRequest;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Amounts;
import org.ocdsnacional.indexer.query.Answers;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.FlagCounts;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.Organization;
import org.ocdsnacional.indexer.query.ProcessAggregations.Ranking;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.indexer.query.Shares;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.web.PortalBackend;
import org.ocdsnacional.web.chart.BarChart;
import org.ocdsnacional.web.chart.ColumnChart;
import org.ocdsnacional.web.http.Links;
import org.ocdsnacional.web.http.NotFoundException;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.http.Pages.View;
import org.ocdsnacional.web.http.Problems;
import org.ocdsnacional.web.search.Choice;
import org.ocdsnacional.web.search.Link;
import org.ocdsnacional.web.search.Pager;
import org.ocdsnacional.web.search.ResultItems;
import org.ocdsnacional.web.search.SearchParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code GET /organizacion/{id}}: an organization across all states. Its figures as buyer and as supplier are one
 * aggregation request each (the same aggregations the API's {@code asBuyer}/{@code asSupplier} ask), made at once
 * with the page of its processes.
 */
public final class OrganizationPages {

    private static final int PAGE_SIZE = 20;
    private static final int TOP = 10;
    private static final List<String> ORDERS = List.of("reciente", "antiguo", "monto_mayor", "monto_menor");

    private final PortalBackend backend;

    public OrganizationPages(PortalBackend backend) {
        this.backend = backend;
    }

    public View render(ServerRequest request, PageContext ctx) {
        String id = request.path().pathParameters().get("id");
        Organization organization = backend.organizations().find(id)
                .orElseThrow(() -> new NotFoundException(ctx.t("organization.not-found", id)));
        String orgId = organization.id();
        SearchParams params = SearchParams.of(request.query());
        String order = params.first(SearchParams.ORDER).orElse("reciente");
        if (!ORDERS.contains(order)) {
            throw Problems.refused(SearchParams.ORDER, order, ORDERS);
        }
        ProcessQuery query = new ProcessQuery(Optional.empty(), ProcessFilter.builder()
                .organizationId(Optional.of(orgId)).build(), Optional.of(processOrder(order)), PAGE_SIZE,
                params.first(SearchParams.AFTER), false, false);
        ProcessFilter asBuyer = ProcessFilter.builder().buyerId(Optional.of(orgId)).build();
        ProcessFilter asSupplier = ProcessFilter.builder().supplierId(Optional.of(orgId)).build();
        List<RoleProfile> profiles = new ArrayList<>();
        ProcessPage page;
        try (ExecutorService all = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<FlagCounts> national = all.submit(() -> backend.nationalRates().read());
            Future<Answers> buyer = all.submit(() -> backend.aggregations().answer(asBuyer, asks(orgId, true)));
            Future<Answers> supplier = all.submit(() -> backend.aggregations().answer(asSupplier,
                    asks(orgId, false)));
            page = params.first(SearchParams.BEFORE)
                    .map(before -> backend.processes().searchBefore(query, before, ctx.client()))
                    .orElseGet(() -> backend.processes().search(query, ctx.client()));
            if (organization.asBuyer() > 0) {
                profiles.add(profile(ctx, orgId, true, buyer.get(), national.get()));
            }
            if (organization.asSupplier() > 0) {
                profiles.add(profile(ctx, orgId, false, supplier.get(), national.get()));
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String path = Links.organization(orgId);
        List<String> roles = new ArrayList<>();
        profiles.forEach(profile -> roles.add(profile.title()));
        return new View("organization.jte", new OrganizationPage(ctx, orgId,
                organization.names().isEmpty() ? orgId : organization.names().getFirst(), organization.names(),
                OrganizationIdentity.rfcOf(orgId), organization.identifiers(), roles, profiles,
                ctx.formats().number(page.total()), ResultItems.of(page, ctx), pager(params, page, path),
                ORDERS.stream().map(name -> new Choice(name, ctx.t("search.order." + name), name.equals(order)))
                        .toList(), params, path));
    }

    /** As buyer, the amounts of its processes; as supplier, what was awarded to it (as the API's profiles). */
    private static Amounts amounts(String orgId, boolean buyer) {
        return buyer ? Amounts.ALL : Amounts.awardedTo(orgId);
    }

    private static Aggregation<List<Group>> years(String orgId, boolean buyer) {
        return Aggregation.groups(Dimension.YEAR, DateField.RELEASE, 100, amounts(orgId, buyer));
    }

    private static Aggregation<List<Group>> states(String orgId, boolean buyer) {
        return Aggregation.groups(Dimension.STATE, DateField.RELEASE, 40, amounts(orgId, buyer));
    }

    private static Aggregation<Group> unplaced(String orgId, boolean buyer, Dimension dimension) {
        return Aggregation.unplaced(dimension, DateField.RELEASE, amounts(orgId, buyer));
    }

    private static List<Aggregation<?>> asks(String orgId, boolean buyer) {
        return List.of(Aggregation.totals(), buyer ? Aggregation.awarded() : Aggregation.awardedTo(orgId),
                years(orgId, buyer), states(orgId, buyer), unplaced(orgId, buyer, Dimension.YEAR),
                unplaced(orgId, buyer, Dimension.STATE),
                buyer ? Aggregation.topSuppliers(Ranking.COUNT, Optional.empty(), TOP)
                        : Aggregation.topBuyers(Ranking.COUNT, Optional.empty(), TOP),
                Aggregation.shares(), Aggregation.flagCounts());
    }

    private static RoleProfile profile(PageContext ctx, String orgId, boolean buyer, Answers answers,
                                       FlagCounts national) {
        Group totals = answers.find(Aggregation.totals()).orElseThrow();
        List<Money> amounts = answers.find(buyer ? Aggregation.awarded() : Aggregation.awardedTo(orgId))
                .orElse(List.of());
        List<Group> years = answers.find(years(orgId, buyer)).orElse(List.of());
        List<Group> states = answers.find(states(orgId, buyer)).orElse(List.of());
        List<Group> counterparties = answers.find(buyer ? Aggregation.topSuppliers(Ranking.COUNT, Optional.empty(),
                TOP) : Aggregation.topBuyers(Ranking.COUNT, Optional.empty(), TOP)).orElse(List.of());
        Shares shares = answers.find(Aggregation.shares()).orElse(new Shares(0, 0, 0, 0));
        String role = buyer ? "comprador" : "proveedor";
        String param = buyer ? SearchParams.BUYER_ID : SearchParams.SUPPLIER_ID;
        return new RoleProfile(role, ctx.t("organization.as." + role), ctx.formats().number(totals.processes()),
                amounts.stream().map(ctx.formats()::money).toList(),
                ColumnChart.of(years.stream().map(year -> new ColumnChart.Item(year.key(), year.processes(),
                        ctx.formats().number(year.processes()), Optional.of(SearchParams.none().with(param, orgId)
                        .with(SearchParams.FROM, year.key() + "-01-01").with(SearchParams.TO, year.key() + "-12-31")
                        .url()))).toList(), value -> ctx.formats().compact(value)),
                years.stream().map(year -> List.of(year.key(), ctx.formats().number(year.processes()),
                        String.join(" · ", year.awarded().stream().map(ctx.formats()::money).toList()))).toList(),
                states.stream().map(state -> new Link(ctx.state(state.key()) + " ("
                        + ctx.formats().number(state.processes()) + ")", SearchParams.none().with(param, orgId)
                        .with(SearchParams.STATE, state.key()).url())).toList(),
                BarChart.of(counterparties.stream().map(other -> new BarChart.Item(other.name(), other.processes(),
                        ctx.count("organization.processes", other.processes()),
                        Optional.of(Links.organization(other.key())))).toList()),
                ctx.formats().percent(shares.directAwardShare()), ctx.formats().percent(shares.singleBidderShare()),
                SearchParams.none().with(param, orgId).url(),
                ctx.unplaced(Dimension.YEAR, answers.find(unplaced(orgId, buyer, Dimension.YEAR))),
                ctx.unplaced(Dimension.STATE, answers.find(unplaced(orgId, buyer, Dimension.STATE))),
                flagRates(ctx, answers.find(Aggregation.flagCounts()).orElse(new FlagCounts(0, Map.of())), national,
                        SearchParams.none().with(param, orgId)));
    }

    /** Each flag its processes in the role raise, the most frequent first, beside the national rate (as the API's). */
    private static List<FlagRate> flagRates(PageContext ctx, FlagCounts own, FlagCounts national,
                                            SearchParams search) {
        return own.byCode().entrySet().stream().map(count -> new FlagRate(ctx.flag(count.getKey()),
                ctx.formats().number(count.getValue()), ctx.formats().percent(own.rate(count.getKey())),
                ctx.formats().percent(national.rate(count.getKey())),
                search.with(SearchParams.FLAG, count.getKey()).url())).toList();
    }

    private static ProcessOrder processOrder(String name) {
        return switch (name) {
            case "antiguo" -> new ProcessOrder(ProcessOrder.Field.DATE, true, "MXN");
            case "monto_mayor" -> new ProcessOrder(ProcessOrder.Field.AMOUNT, false, "MXN");
            case "monto_menor" -> new ProcessOrder(ProcessOrder.Field.AMOUNT, true, "MXN");
            default -> new ProcessOrder(ProcessOrder.Field.DATE, false, "MXN");
        };
    }

    private static Pager pager(SearchParams params, ProcessPage page, String path) {
        if (page.hits().isEmpty()) {
            return new Pager(Optional.empty(), Optional.empty());
        }
        boolean back = params.has(SearchParams.BEFORE);
        boolean previous = back ? page.hasNext() : params.has(SearchParams.AFTER);
        boolean next = back || page.hasNext();
        return new Pager(
                previous ? Optional.of(params.page(SearchParams.BEFORE, page.hits().getFirst().cursor()).url(path)
                        + "#procesos") : Optional.empty(),
                next ? Optional.of(params.page(SearchParams.AFTER, page.hits().getLast().cursor()).url(path)
                        + "#procesos") : Optional.empty());
    }
}
