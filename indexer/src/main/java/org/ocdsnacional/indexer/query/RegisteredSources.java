package org.ocdsnacional.indexer.query;

import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.ocdsnacional.indexer.query.InvalidQueryException.shown;

/**
 * The open set of source ids a query may name: those of the registry in force. One check for every reader (the
 * API's filters and OCDS packages, the portal's search and process pages), so that an unknown source gets the same
 * error everywhere, listing the registered ones.
 */
public final class RegisteredSources {

    private RegisteredSources() {
    }

    /** {@code sources}, once each is checked to be registered; {@code argument} is where they came from. */
    public static List<String> check(String argument, List<String> sources, List<SourceDescriptor> registered) {
        Set<String> ids = registered.stream().map(SourceDescriptor::id).collect(Collectors.toSet());
        sources.stream().filter(source -> !ids.contains(source)).findFirst().ifPresent(unknown -> {
            String allowed = registered.stream().map(SourceDescriptor::id).sorted().collect(Collectors.joining(", "));
            throw new InvalidQueryException("«" + argument + "»: " + shown(unknown) + " no es una fuente registrada; "
                    + "use una de " + allowed + " / " + shown(unknown) + " is not a registered source; use one of "
                    + allowed + ".");
        });
        return sources;
    }
}
