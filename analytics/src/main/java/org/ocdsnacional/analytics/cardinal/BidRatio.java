package org.ocdsnacional.analytics.cardinal;

import java.util.Optional;

/**
 * The percentage difference between the winning bid and the second-lowest valid bid of one process, what R024 and
 * R058 compare with the population's:
 * {@code (secondLowestValidBidAmount - winningBidAmount) / winningBidAmount}.
 *
 * @param ratio         the difference (never negative: when the lowest bid lost, there is no ratio)
 * @param winner        the id of the winning tenderer
 * @param secondLowest  the id of the tenderer of the lowest losing valid bid
 * @param winningAmount the winner's lowest valid bid
 * @param secondAmount  the lowest losing valid bid
 */
public record BidRatio(double ratio, String winner, String secondLowest, double winningAmount, double secondAmount) {

    /**
     * The ratio of a process whose awards are all final with a single active award to a single supplier, whose
     * valid bids of a single tenderer are compared in the main currency; none when prices are not compared, or
     * the winner did not submit the lowest bid.
     */
    static Optional<BidRatio> of(CardinalRelease release, CardinalSettings.Scope scope, MainCurrency currency) {
        if (!release.comparesPrices(scope)) {
            return Optional.empty();
        }
        Optional<CardinalRelease.FinalAwards> awards = release.finalAwards();
        Optional<String> supplier = awards.flatMap(CardinalRelease::singleWinner);
        if (supplier.isEmpty()) {
            return Optional.empty();
        }
        CardinalRelease.PricedBid winner = null;
        CardinalRelease.PricedBid second = null;
        for (CardinalRelease.PricedBid bid : CardinalRelease.validPricedBids(awards.get().bids())) {
            if (!currency.accepts(bid.currency())) {
                continue;
            }
            if (bid.tenderer().equals(supplier.get())) {
                winner = winner == null || bid.amount() < winner.amount() ? bid : winner;
            } else {
                second = second == null || bid.amount() < second.amount() ? bid : second;
            }
        }
        if (winner == null || second == null || second.amount() < winner.amount()) {
            return Optional.empty();
        }
        return Optional.of(new BidRatio((second.amount() - winner.amount()) / winner.amount(), winner.tenderer(),
                second.tenderer(), winner.amount(), second.amount()));
    }
}
