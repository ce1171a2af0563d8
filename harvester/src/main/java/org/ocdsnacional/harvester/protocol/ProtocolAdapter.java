package org.ocdsnacional.harvester.protocol;

import org.ocdsnacional.harvester.registry.Source;

import java.io.IOException;

/** Speaks one source protocol: walks a source's endpoints and hands each document to the session. */
public interface ProtocolAdapter {

    /** The protocol name used in the registry, e.g. {@code inai-edca}. */
    String protocol();

    /**
     * Harvests {@code source}. Failures of single requests are the session's to record; an exception thrown here
     * ends the run.
     */
    void harvest(Source source, SourceSession session) throws IOException;

    /**
     * Whether it reads a reference list ({@link SourceSession#listed}) rather than releases: a complete run then
     * replaces the stored list, and withdraws no process.
     */
    default boolean readsList() {
        return false;
    }
}
