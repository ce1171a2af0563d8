package org.ocdsnacional.generator.publish;

import java.io.IOException;

/** Answers the requests to one generated source in the wire shape of one protocol. */
interface Route {

    /**
     * Answers {@code request}; returns false when the path is not one of the protocol's (the publisher answers
     * 404).
     */
    boolean answer(Request request, PublishedSource source, Response response) throws IOException;

    /** The registry parameters that point a harvester at this source under {@code baseUrl}, as YAML lines. */
    String registryParameters(String baseUrl, PublishedSource source);
}
