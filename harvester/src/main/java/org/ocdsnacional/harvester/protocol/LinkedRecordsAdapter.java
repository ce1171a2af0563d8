package org.ocdsnacional.harvester.protocol;

import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.ProtocolParameters;
import org.ocdsnacional.harvester.registry.Source;

import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * {@code linked-records}: lists of record packages (a package, a JSON array of them, or a {@code recordPackages}
 * wrapper) whose records link to their releases by URL; each linked release is fetched and read. Records that embed
 * their releases are read as they are. With {@code {year}} in {@code url}, one list per year from {@code fromYear}
 * to {@code untilYear} (default: this year) is asked, and a year answered 404 simply has none.
 */
public final class LinkedRecordsAdapter implements ProtocolAdapter {

    public static final String PROTOCOL = "linked-records";

    private final Clock clock;

    private LinkedRecordsAdapter(Clock clock) {
        this.clock = clock;
    }

    public static LinkedRecordsAdapter create(Clock clock) {
        return new LinkedRecordsAdapter(clock);
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public void harvest(Source source, SourceSession session) {
        Set<URI> releases = new LinkedHashSet<>();
        List<URI> lists = lists(source.parameters());
        boolean perYear = source.parameters().string("url").contains("{year}");
        for (URI list : lists) {
            Optional<Fetched> fetched = perYear ? session.fetchIfPresent(list)
                    : session.fetchEntryPoint(FetchRequest.get(list));
            fetched.ifPresent(document -> collect(session, document, releases, perYear));
        }
        for (URI release : releases) {
            session.fetch(release).ifPresent(document -> OcdsUrlAdapter.readAndDelete(session, document));
        }
    }

    /**
     * Adds the list's linked releases; reads the list itself when its records embed their releases, or when it links
     * to none (the reading then says what is wrong with it: no OCDS data, or not OCDS), except a year's list, which
     * may be empty while the year has no processes. A list that is not JSON is a failed document.
     */
    private void collect(SourceSession session, Fetched fetched, Set<URI> releases, boolean perYear) {
        try (Fetched document = fetched) {
            session.parse(document, DocumentScan::linkedReleases).ifPresent(linked -> {
                linked.urls().forEach(url -> releases.add(document.url().resolve(url.strip())));
                if (linked.embedded() || (linked.urls().isEmpty() && !perYear)) {
                    session.read(document);
                }
            });
        }
    }

    private List<URI> lists(ProtocolParameters parameters) {
        String url = parameters.string("url");
        if (!url.contains("{year}")) {
            return List.of(URI.create(url));
        }
        int until = parameters.integer("untilYear", Year.now(clock).getValue());
        return IntStream.rangeClosed(parameters.integer("fromYear", until), until)
                .mapToObj(year -> URI.create(url.replace("{year}", Integer.toString(year))))
                .toList();
    }
}
