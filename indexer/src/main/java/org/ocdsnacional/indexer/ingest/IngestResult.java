package org.ocdsnacional.indexer.ingest;

import java.util.List;

/**
 * What one batch wrote.
 *
 * @param releases  releases written
 * @param processes process documents written
 * @param failures  documents OpenSearch refused, one line each ({@code id: reason})
 */
public record IngestResult(int releases, int processes, List<String> failures) {

    public IngestResult {
        failures = List.copyOf(failures);
    }
}
