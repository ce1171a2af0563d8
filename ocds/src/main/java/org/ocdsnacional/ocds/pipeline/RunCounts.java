package org.ocdsnacional.ocds.pipeline;

import java.util.Locale;

/**
 * What a run did, in numbers.
 *
 * @param requests           HTTP requests made (or files read), retries included
 * @param failedRequests     requests or documents that failed (status, I/O, unreadable body)
 * @param bytes              bytes received
 * @param releases           releases fetched (read from the documents), duplicates included
 * @param newReleases        releases not stored before: indexed
 * @param changed            releases stored before with other content (or withdrawn before): indexed again
 * @param unchanged          releases stored before with the same content: counted, not indexed again
 * @param duplicates         releases read a second time in the same run (same source, ocid and id): skipped
 * @param withdrawn          processes that this complete run no longer saw: marked withdrawn, never deleted
 * @param invalid            new or changed releases with at least one validation error
 * @param issues             validation issues found in new or changed releases
 * @param processes          distinct contracting processes seen
 * @param unchangedDocuments documents not read again: answered 304 Not Modified, or byte-identical to the last read
 * @param http               what the HTTP requests ended in
 */
public record RunCounts(long requests, long failedRequests, long bytes, long releases, long newReleases, long changed,
                        long unchanged, long duplicates, long withdrawn, long invalid, long issues, long processes,
                        long unchangedDocuments, HttpOutcomes http) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, HttpOutcomes.ZERO);

    /** One line for the operators' logs: what was read and indexed first, then what the requests ended in. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "releases %d (new %d, changed %d, unchanged %d, duplicates %d, invalid %d, "
                        + "issues %d), processes %d, withdrawn %d; requests %d (failed %d, 304 %d, retries %d, 4xx %d, "
                        + "5xx %d, network %d, refused %d), %d bytes, unchanged documents %d", releases, newReleases,
                changed, unchanged, duplicates, invalid, issues, processes, withdrawn, requests, failedRequests,
                http.notModified(), http.retries(), http.clientErrors(), http.serverErrors(), http.networkErrors(),
                http.refused(), bytes, unchangedDocuments);
    }
}
