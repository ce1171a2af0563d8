package org.ocdsnacional.indexer.admin;

/**
 * A run asked for and not yet started: the first harvesting instance to {@linkplain AdminDecisions#claim claim} it
 * starts it.
 *
 * @param sourceId    the source to harvest
 * @param seqNo       the request's sequence number, which its claim is conditional on
 * @param primaryTerm its primary term, likewise
 */
public record RunAsked(String sourceId, long seqNo, long primaryTerm) {
}
