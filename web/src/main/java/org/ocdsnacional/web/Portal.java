package org.ocdsnacional.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import org.ocdsnacional.web.export.Exports;
import org.ocdsnacional.web.home.HomePages;
import org.ocdsnacional.web.http.ApiRequests;
import org.ocdsnacional.web.http.Assets;
import org.ocdsnacional.web.http.NotFoundException;
import org.ocdsnacional.web.http.Pages;
import org.ocdsnacional.web.organization.OrganizationPages;
import org.ocdsnacional.web.process.ProcessPages;
import org.ocdsnacional.web.publishers.PublishersPages;
import org.ocdsnacional.web.search.SearchPages;

import java.time.Clock;
import java.util.List;

/**
 * The public portal: server-rendered pages for people who search (home, search, a process, an organization) and
 * for publishers, the downloads of a search, and the portal's assets. Served by the application's server beside the
 * API ({@link #routing} adds its routes after the API's); everything it shows is read through the indexer's query
 * layer, the same calls the GraphQL API makes.
 */
public final class Portal {

    /** The files of {@code portal/static/} the pages use. */
    static final List<String> ASSETS = List.of("portal.css", "portal.js", "favicon.svg");

    private final Assets assets;
    private final Pages pages;
    private final HomePages home;
    private final SearchPages search;
    private final ProcessPages process;
    private final OrganizationPages organization;
    private final PublishersPages publishers;
    private final Exports exports;
    private final Handler notFound;

    private Portal(Assets assets, Pages pages, PortalBackend backend, PortalConfig config, Exports exports) {
        this.assets = assets;
        this.pages = pages;
        this.home = new HomePages(backend);
        this.search = new SearchPages(backend, config.exportLimit());
        this.process = new ProcessPages(backend);
        this.organization = new OrganizationPages(backend);
        this.publishers = new PublishersPages(backend, config.scheduledHarvests());
        this.exports = exports;
        this.notFound = pages.handler("", (request, context) -> {
            throw new NotFoundException(context.t("error.404.path", request.path().path()));
        });
    }

    public static Portal create(PortalBackend backend, PortalConfig config, ObjectMapper mapper) {
        Assets assets = Assets.load(ASSETS);
        Pages pages = Pages.create(assets);
        return new Portal(assets, pages, backend, config, new Exports(backend, config, mapper, pages, Clock.systemUTC()));
    }

    /** {@code path} answered by {@code handler} for GET, and for HEAD as HTTP has it (the same, without a body). */
    private static void page(HttpRouting.Builder routing, String path, Handler handler) {
        routing.get(path, handler).head(path, handler);
    }

    /**
     * Adds the portal's routes. An address nobody else answered gets the portal's 404 page, unless an API client
     * asked for it ({@link ApiRequests}): that one is passed on to the API's JSON 404.
     */
    public void routing(HttpRouting.Builder routing) {
        routing.register(Assets.PATH, assets);
        page(routing, "/", pages.handler("inicio", home::render));
        page(routing, "/buscar", pages.handler("buscar", search::render));
        page(routing, "/proceso/{+ocid}", pages.handler("buscar", process::render));
        page(routing, "/organizacion/{+id}", pages.handler("buscar", organization::render));
        page(routing, "/publicadores", pages.handler("publicadores", publishers::list));
        page(routing, "/publicadores/{id}", pages.handler("publicadores", publishers::source));
        page(routing, "/exportar/procesos.csv", exports::csv);
        page(routing, "/exportar/procesos.jsonl", exports::jsonLines);
        page(routing, "/exportar/paquete.json", exports::releasePackage);
        routing
                .any((request, response) -> {
                    if (ApiRequests.isApi(request)) {
                        response.next();
                        return;
                    }
                    notFound.handle(request, response);
                });
    }
}
