package org.ocdsnacional.ocds.read;

/**
 * What one reading found.
 *
 * @param releases       releases handed to the visitor
 * @param linkedReleases releases that a record only links to (their URL), not handed over
 * @param problems       parts of the input skipped as unusable
 */
public record ReadSummary(long releases, long linkedReleases, long problems) {
}
