package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R024, price close to winning bid: the process's bid ratio is at or below the population's lower fence
 * ({@code Q1 - 1.5 IQR}, or the threshold set), unless a quarter of the population has no difference at all. The
 * winner and the second-lowest bidder are flagged too. Value: the ratio (0.0 on the tenderers).
 */
public final class R024 {

    private R024() {
    }

    public static Optional<ProcessFinding> flag(BidRatio ratio, BidRatioStatistics statistics) {
        if (!statistics.lowActive() || !(ratio.ratio() <= statistics.lowerFence())) {
            return Optional.empty();
        }
        Flag flag = new Flag(FlagCode.R024, ratio.ratio(), List.of(Evidence.of("winningBid", ratio.winningAmount()),
                Evidence.of("secondLowestBid", ratio.secondAmount()),
                Evidence.of("lowerFence", statistics.lowerFence())));
        return Optional.of(new ProcessFinding(flag, Set.of(ratio.winner(), ratio.secondLowest()), 0.0));
    }
}
