package org.ocdsnacional.indexer.issues;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Optional;

/**
 * The stored report of one run's validation.
 *
 * @param runId           the run
 * @param sourceId        its source
 * @param startedAt       when the run started
 * @param errors          issues of severity error
 * @param warnings        issues of severity warning
 * @param infos           issues of severity info
 * @param ungroupedIssues issues counted in no group (too many distinct groups)
 * @param groupCount      how many groups
 * @param profiles        the schemas used (JSON: version, schemaUrl, extensions)
 * @param summary         the publication summary (JSON)
 * @param previousRunId   the source's previous validated run, if any
 */
public record RunReport(String runId, String sourceId, Instant startedAt, long errors, long warnings, long infos,
                        long ungroupedIssues, int groupCount, JsonNode profiles, JsonNode summary,
                        Optional<String> previousRunId) {

    /** Every issue counted. */
    public long issueCount() {
        return errors + warnings + infos;
    }
}
