package org.ocdsnacional.indexer.query;

/**
 * How competitive the matching processes were.
 *
 * @param withMethod       processes whose procurement method is known
 * @param directAwards     of those, direct awards
 * @param competitive      open or selective processes whose number of tenderers is known
 * @param singleBidder     of those, the ones that received a single bid
 */
public record Shares(long withMethod, long directAwards, long competitive, long singleBidder) {

    /** Share of direct awards among processes with a known method; empty when there are none. */
    public Double directAwardShare() {
        return withMethod == 0 ? null : (double) directAwards / withMethod;
    }

    /** Share of single-bid tenders among competitive processes with a known number of tenderers. */
    public Double singleBidderShare() {
        return competitive == 0 ? null : (double) singleBidder / competitive;
    }
}
