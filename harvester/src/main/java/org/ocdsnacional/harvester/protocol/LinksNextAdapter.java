package org.ocdsnacional.harvester.protocol;

import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.Source;

import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code links-next}: release or record packages chained by {@code links.next}, followed from {@code url} until a
 * page has none. A page that leads back to one already read (a loop, or a page that repeats itself) ends the walk
 * and is recorded, as is going past {@code maxPages} (100,000 by default).
 */
public final class LinksNextAdapter implements ProtocolAdapter {

    public static final String PROTOCOL = "links-next";
    private static final int DEFAULT_MAX_PAGES = 100_000;

    private LinksNextAdapter() {
    }

    public static LinksNextAdapter create() {
        return new LinksNextAdapter();
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public void harvest(Source source, SourceSession session) {
        int maxPages = source.parameters().integer("maxPages", DEFAULT_MAX_PAGES);
        Set<URI> visited = new HashSet<>();
        Optional<URI> next = Optional.of(URI.create(source.parameters().string("url")));
        while (next.isPresent()) {
            URI page = next.get();
            if (!visited.add(page)) {
                session.problem(page.toString(), "La paginación vuelve a una página ya leída / The pages loop: "
                        + "links.next leads back to " + page);
                return;
            }
            if (visited.size() > maxPages) {
                session.problem(page.toString(), "Más de " + maxPages + " páginas / More than " + maxPages
                        + " pages (parameter maxPages)");
                return;
            }
            next = page(session, page, visited.size() == 1);
        }
    }

    private Optional<URI> page(SourceSession session, URI url, boolean first) {
        FetchRequest request = FetchRequest.get(url);
        Optional<Fetched> fetched = first ? session.fetchEntryPoint(request) : session.fetch(request);
        if (fetched.isEmpty()) {
            return Optional.empty();
        }
        try (Fetched page = fetched.get()) {
            session.read(page);
            return session.peek(page, DocumentScan::nextLink).flatMap(next -> next.map(url::resolve));
        }
    }
}
