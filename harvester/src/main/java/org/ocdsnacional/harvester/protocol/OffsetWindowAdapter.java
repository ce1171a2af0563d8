package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.ProtocolParameters;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.normalise.ReleaseNormaliser;
import org.ocdsnacional.ocds.normalise.TagAsList;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code offset-window}: an API paged by offset whose server refuses {@code offset + limit} beyond a cap
 * ({@code maxResults}, 10,000 by default, as Elasticsearch-backed APIs do), walked over date windows: {@code GET
 * {url}?start_date_min=…&start_date_max=…&offset=N&limit=L}, answered {@code {"count":n,"data":[release…]}}. Each
 * window is first asked for its count (limit 1); a window holding more than the cap is halved until it fits. A
 * single day over the cap is harvested up to the cap and recorded. QuiénEsQuién.wiki's {@code tag} strings are
 * made lists.
 */
public final class OffsetWindowAdapter implements ProtocolAdapter {

    public static final String PROTOCOL = "offset-window";
    private static final ReleaseNormaliser NORMALISER = new TagAsList();

    private OffsetWindowAdapter() {
    }

    public static OffsetWindowAdapter create() {
        return new OffsetWindowAdapter();
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public void harvest(Source source, SourceSession session) {
        ProtocolParameters parameters = source.parameters();
        Paging paging = new Paging(parameters.string("url"), parameters.integer("limit", 1000),
                parameters.integer("maxResults", 10_000));
        Deque<DateWindow> windows = new ArrayDeque<>();
        windows.push(new DateWindow(LocalDate.parse(parameters.string("from")),
                LocalDate.parse(parameters.string("until"))));
        boolean first = true;
        while (!windows.isEmpty()) {
            DateWindow window = windows.pop();
            OptionalLong count = count(session, paging, window, first);
            first = false;
            if (count.isEmpty()) {
                continue;
            }
            if (count.getAsLong() > paging.maxResults() && !window.isSingleDay()) {
                window.halves().reversed().forEach(windows::push);
                continue;
            }
            harvestWindow(session, paging, window, count.getAsLong());
        }
    }

    private OptionalLong count(SourceSession session, Paging paging, DateWindow window, boolean first) {
        FetchRequest request = FetchRequest.get(paging.url(window, 0, 1));
        Optional<Fetched> fetched = first ? session.fetchEntryPoint(request) : session.fetch(request);
        if (fetched.isEmpty()) {
            return OptionalLong.empty();
        }
        try (Fetched document = fetched.get()) {
            Optional<JsonNode> count = session.parse(document, DocumentScan::tree).map(body -> body.path("count"));
            if (count.isEmpty()) {
                return OptionalLong.empty();
            }
            if (!count.get().canConvertToLong()) {
                session.unusable(document, "La respuesta no trae \"count\" / The response has no \"count\"");
                return OptionalLong.empty();
            }
            return OptionalLong.of(count.get().asLong());
        }
    }

    private void harvestWindow(SourceSession session, Paging paging, DateWindow window, long count) {
        long reachable = Math.min(count, paging.maxResults());
        if (count > paging.maxResults()) {
            session.problem(paging.url(window, 0, paging.limit()).toString(), "Un solo día tiene " + count
                    + " resultados, más que el máximo de " + paging.maxResults() + " que el servidor deja leer / One "
                    + "day has " + count + " results, more than the " + paging.maxResults() + " the server lets read");
        }
        for (long offset = 0; offset < reachable; offset += paging.limit()) {
            int limit = (int) Math.min(paging.limit(), paging.maxResults() - offset);
            Optional<Fetched> page = session.fetch(paging.url(window, offset, limit));
            if (page.isEmpty()) {
                continue;
            }
            try (Fetched document = page.get()) {
                session.readPage(document, "data", NORMALISER);
            }
        }
    }

    /** How the API is asked. */
    private record Paging(String base, int limit, int maxResults) {

        URI url(DateWindow window, long offset, int size) {
            String separator = base.contains("?") ? "&" : "?";
            return URI.create(base + separator + "start_date_min=" + window.from() + "&start_date_max=" + window.to()
                    + "&offset=" + offset + "&limit=" + size);
        }
    }
}
