package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R058, heavily discounted bid: the process's bid ratio is at or above the population's upper fence
 * ({@code Q3 + 1.5 IQR}, or the threshold set), unless that fence is 0 or less. The winner is flagged too. Value:
 * the ratio (0.0 on the winner).
 */
public final class R058 {

    private R058() {
    }

    public static Optional<ProcessFinding> flag(BidRatio ratio, BidRatioStatistics statistics) {
        if (!(statistics.upperFence() > 0.0) || !(ratio.ratio() >= statistics.upperFence())) {
            return Optional.empty();
        }
        Flag flag = new Flag(FlagCode.R058, ratio.ratio(), List.of(Evidence.of("winningBid", ratio.winningAmount()),
                Evidence.of("secondLowestBid", ratio.secondAmount()),
                Evidence.of("upperFence", statistics.upperFence())));
        return Optional.of(new ProcessFinding(flag, Set.of(ratio.winner()), 0.0));
    }
}
