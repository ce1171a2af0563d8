package org.ocdsnacional.indexer.ingest;

/**
 * What one withdrawal did.
 *
 * @param withdrawn  processes marked withdrawn for the source
 * @param candidates processes of the source that the run did not see
 * @param known      processes the source published before the run (approximate above 40,000)
 * @param skipped    whether nothing was withdrawn because too many were unseen
 */
public record WithdrawalResult(long withdrawn, long candidates, long known, boolean skipped) {
}
