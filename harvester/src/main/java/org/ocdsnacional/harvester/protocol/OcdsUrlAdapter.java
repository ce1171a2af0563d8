package org.ocdsnacional.harvester.protocol;

import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.ProtocolParameters;
import org.ocdsnacional.harvester.registry.Source;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ocds-url}: one or more URLs ({@code url}, {@code urls}; http, https or {@code file:}) whose bodies are
 * OCDS in any shape the reader knows. A URL that fails does not stop the others.
 */
public final class OcdsUrlAdapter implements ProtocolAdapter {

    public static final String PROTOCOL = "ocds-url";

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public void harvest(Source source, SourceSession session) {
        for (URI url : urls(source.parameters())) {
            Optional<Fetched> fetched = session.fetch(url);
            fetched.ifPresent(document -> readAndDelete(session, document));
        }
    }

    private static void readAndDelete(SourceSession session, Fetched fetched) {
        try (Fetched document = fetched) {
            session.read(document);
        }
    }

    private static List<URI> urls(ProtocolParameters parameters) {
        return Stream.concat(parameters.optionalString("url").stream(), parameters.strings("urls").stream())
                .map(URI::create)
                .toList();
    }
}
