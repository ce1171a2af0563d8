package org.ocdsnacional.indexer.flags;

import org.ocdsnacional.analytics.mx.DirectAward;

/**
 * A buyer–supplier pair of direct awards: what MX03 adds up. The pair's direct awards are self-contained (no award
 * of another pair enters its windows), so a pair whose awards did not change keeps its windows.
 *
 * @param buyer    the buyer's organization id
 * @param supplier the supplier's organization id
 */
record BuyerSupplier(String buyer, String supplier) {

    static BuyerSupplier of(DirectAward award) {
        return new BuyerSupplier(award.buyer(), award.supplier());
    }
}
