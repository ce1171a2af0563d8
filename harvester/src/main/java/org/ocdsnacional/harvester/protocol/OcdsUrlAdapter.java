package org.ocdsnacional.harvester.protocol;

import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.ProtocolParameters;
import org.ocdsnacional.harvester.registry.Source;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ocds-url}: one or more URLs ({@code url}, {@code urls}; http, https or {@code file:}) whose bodies are
 * OCDS in any shape the reader knows (packages, arrays, JSON Lines, concatenated JSON), plain or inside ZIP or GZIP,
 * of any size. Each is asked conditionally and skipped when unchanged. A URL that fails does not stop the others.
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
            session.readDocument(url, session::read);
        }
    }

    static void readAndDelete(SourceSession session, Fetched fetched) {
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
