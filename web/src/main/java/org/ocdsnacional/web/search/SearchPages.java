package org.ocdsnacional.web.search;

import io.helidon.webserver.http.ServerRequest;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Answers;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.ProcessPage;
import org.ocdsnacional.indexer.query.ProcessQuery;
import org.ocdsnacional.indexer.query.Vocabulary;
import org.ocdsnacional.web.PortalBackend;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.http.Pages.View;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.ocdsnacional.web.search.SearchParams.*;

/**
 * {@code GET /buscar}: a page of processes and, beside it, the counts of the whole search by state, year, method,
 * category, buyer and supplier. The page and the counts are two requests to the query layer, made at once; the
 * total shown is the counts' exact one.
 */
public final class SearchPages {

    /** Processes per page. */
    public static final int PAGE_SIZE = 20;
    /** The currencies the form lists first: pesos, and those Mexican publishers use besides. */
    private static final List<String> USUAL_CURRENCIES = List.of("MXN", "USD", "EUR");

    private final PortalBackend backend;
    private final int exportLimit;

    public SearchPages(PortalBackend backend, int exportLimit) {
        this.backend = backend;
        this.exportLimit = exportLimit;
    }

    public View render(ServerRequest request, PageContext ctx) {
        SearchParams params = SearchParams.of(request.query());
        Search search = SearchReader.read(params, backend.sources().get());
        List<Aggregation<?>> counts = facetCounts(search);
        ProcessPage page;
        Answers answers;
        try (ExecutorService both = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<Answers> answered = both.submit(() -> backend.aggregations().answer(search.text(), search.filter(),
                    counts));
            ProcessQuery query = search.query(PAGE_SIZE, false, true);
            page = search.before().map(before -> backend.processes().searchBefore(query, before, ctx.client()))
                    .orElseGet(() -> backend.processes().search(query, ctx.client()));
            answers = answered.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Facets facets = new Facets(ctx, params, answers, search.dateField());
        Group totals = answers.find(Aggregation.totals()).orElseThrow();
        return new View("search.jte", new SearchPage(ctx, params, ctx.formats().number(totals.processes()),
                totals.processes(),
                totals.awarded().stream().map(ctx.formats()::money).toList(), ResultItems.of(page, ctx),
                pager(params, page), facets.all(), facets.applied(), choices(ctx, params), orders(ctx, params,
                search), dateFields(ctx, params), downloads(ctx, params),
                ctx.formats().number(exportLimit)));
    }

    private static List<Aggregation<?>> facetCounts(Search search) {
        List<Aggregation<?>> counts = new ArrayList<>(List.of(Aggregation.totals()));
        counts.addAll(Facets.asked(search.dateField()));
        return counts;
    }

    /** Paging forward gives a way back; paging back gives a way forward. */
    private static Pager pager(SearchParams params, ProcessPage page) {
        if (page.hits().isEmpty()) {
            return new Pager(Optional.empty(), Optional.empty());
        }
        boolean back = params.has(BEFORE);
        boolean previous = back ? page.hasNext() : params.has(AFTER);
        boolean next = back || page.hasNext();
        return new Pager(
                previous ? Optional.of(params.page(BEFORE, page.hits().getFirst().cursor()).url()) : Optional.empty(),
                next ? Optional.of(params.page(AFTER, page.hits().getLast().cursor()).url()) : Optional.empty());
    }

    private Map<String, List<Choice>> choices(PageContext ctx, SearchParams params) {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        choices.put(STATE, choices(params, STATE, codes(Vocabulary.STATES), ctx::state));
        choices.put(LEVEL, choices(params, LEVEL, codes(Vocabulary.LEVELS), value -> ctx.label("level", value)));
        choices.put(METHOD, choices(params, METHOD, codes(Vocabulary.PROCUREMENT_METHODS),
                value -> ctx.label("method", value)));
        choices.put(CATEGORY, choices(params, CATEGORY, codes(Vocabulary.PROCUREMENT_CATEGORIES),
                value -> ctx.label("category", value)));
        choices.put(TENDER_STATUS, choices(params, TENDER_STATUS, codes(Vocabulary.TENDER_STATUSES),
                value -> ctx.label("tender-status", value)));
        choices.put(AWARD_STATUS, choices(params, AWARD_STATUS, codes(Vocabulary.AWARD_STATUSES),
                value -> ctx.label("award-status", value)));
        choices.put(CONTRACT_STATUS, choices(params, CONTRACT_STATUS, codes(Vocabulary.CONTRACT_STATUSES),
                value -> ctx.label("contract-status", value)));
        Map<String, String> sourceNames = new LinkedHashMap<>();
        backend.sources().get().forEach(source -> sourceNames.put(source.id(), source.name()));
        choices.put(SOURCE, choices(params, SOURCE, List.copyOf(sourceNames.keySet()), sourceNames::get));
        choices.put(CURRENCY, choices(params, CURRENCY, currencies(params), value -> ctx.formats().currency(value)));
        choices.put(DIRECT_AWARD, choices(params, DIRECT_AWARD, List.of("si", "no"), value -> ctx.t("yes-no." + value)));
        choices.put(SINGLE_BIDDER, choices(params, SINGLE_BIDDER, List.of("si", "no"),
                value -> ctx.t("yes-no." + value)));
        choices.put(FLAG, choices(params, FLAG, codes(Vocabulary.FLAGS), ctx::flag));
        choices.put(ANY_FLAG, choices(params, ANY_FLAG, List.of("si", "no"), value -> ctx.t("yes-no." + value)));
        return choices;
    }

    private static List<String> codes(Vocabulary.ClosedSet set) {
        return set.terms().stream().map(Vocabulary.Term::code).toList();
    }

    /**
     * The currencies the form offers: the usual ones, and the one the search has when it is another (any ISO 4217
     * code of the shared {@link Vocabulary} may be given in the address).
     */
    private static List<String> currencies(SearchParams params) {
        List<String> currencies = new ArrayList<>(USUAL_CURRENCIES);
        params.first(CURRENCY).filter(code -> !currencies.contains(code)).ifPresent(currencies::add);
        return currencies;
    }

    private static List<Choice> choices(SearchParams params, String name, List<String> values,
                                        Function<String, String> label) {
        List<Choice> choices = new ArrayList<>();
        values.forEach(value -> choices.add(new Choice(value, label.apply(value), params.has(name, value))));
        return choices;
    }

    private static List<Choice> orders(PageContext ctx, SearchParams params, Search search) {
        String current = params.first(ORDER).orElse(search.hasText() ? "relevancia" : "reciente");
        return SearchReader.ORDERS.stream()
                .filter(order -> search.hasText() || !order.equals("relevancia"))
                .map(order -> new Choice(order, ctx.t("search.order." + order), order.equals(current)))
                .toList();
    }

    private static List<Choice> dateFields(PageContext ctx, SearchParams params) {
        String current = params.first(DATE_FIELD).orElse("publicacion");
        return SearchReader.dateFieldNames().stream()
                .map(field -> new Choice(field, ctx.t("search.date-field." + field), field.equals(current)))
                .toList();
    }

    private static List<Link> downloads(PageContext ctx, SearchParams params) {
        SearchParams whole = params.firstPageOnly();
        return List.of(new Link(ctx.t("search.download.csv"), whole.url("/exportar/procesos.csv")),
                new Link(ctx.t("search.download.jsonl"), whole.url("/exportar/procesos.jsonl")),
                new Link(ctx.t("search.download.package"), whole.url("/exportar/paquete.json")));
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof CompletionException completion && completion.getCause() != null) {
            return unwrap(completion.getCause());
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
