package org.ocdsnacional.ocds.read;

/**
 * What one reading found.
 *
 * @param releases       releases handed to the visitor
 * @param linkedReleases releases that a record only links to (their URL), handed over as links to fetch
 * @param problems       parts of the input skipped as unusable
 * @param warnings       things read with a workaround (Latin-1 text, archive entries skipped)
 */
public record ReadSummary(long releases, long linkedReleases, long problems, long warnings) {
}
