package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Brings a process document that an older version indexed up to this version: every field derived from its stored
 * compiled release is computed again (organizations, amounts, dates…), the rest is kept. The processes index
 * applies it to each document when it moves to a new version, so that what changed in how processes are counted
 * and summed holds for the data indexed before too, without harvesting it again.
 */
public final class ProcessRebuild implements UnaryOperator<ObjectNode> {

    private final ProcessDocument documents;

    private ProcessRebuild(ObjectMapper mapper) {
        this.documents = new ProcessDocument(mapper, id -> Optional.empty());
    }

    public static ProcessRebuild create(ObjectMapper mapper) {
        return new ProcessRebuild(mapper);
    }

    @Override
    public ObjectNode apply(ObjectNode stored) {
        return documents.rebuild(stored);
    }
}
