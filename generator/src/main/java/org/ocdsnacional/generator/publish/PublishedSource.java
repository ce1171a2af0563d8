package org.ocdsnacional.generator.publish;

import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.MexicanState;

/**
 * A generated publisher: what it is called, the protocol it speaks, and its data.
 *
 * @param id       path segment and registry id ({@code demo-jalisco})
 * @param name     display name
 * @param protocol one of {@link Protocols#NAMES}
 * @param dataset  what it publishes
 */
public record PublishedSource(String id, String name, String protocol, Dataset dataset) {

    public PublishedSource {
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("Source id must be lower-case words joined by hyphens: " + id);
        }
        if (!Protocols.NAMES.contains(protocol)) {
            throw new IllegalArgumentException("Unknown protocol " + protocol + "; known: " + Protocols.NAMES);
        }
    }

    /** The state its processes are in, when it publishes one state only; else {@code federal}. */
    public String stateCode() {
        return dataset.settings().states().size() == 1 ? dataset.settings().states().getFirst().code() : "federal";
    }

    /** The single state, if there is one. */
    public java.util.Optional<MexicanState> state() {
        return dataset.settings().states().size() == 1 ? java.util.Optional.of(dataset.settings().states().getFirst())
                : java.util.Optional.empty();
    }
}
