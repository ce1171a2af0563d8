package org.ocdsnacional.analytics.mx;

import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MX03, possible split purchases: direct awards from one buyer to one supplier, in processes of their own, each at
 * or below the direct-award threshold of its year, at most N days (30) apart, that add up to more than that
 * threshold. A function over the awards of buyer–supplier pairs (here, a file's; elsewhere, the index's). Value, on
 * each process of such a window: the number of direct awards in it.
 */
public final class SplitPurchases {

    private static final Comparator<DirectAward> BY_DATE = Comparator.comparing(DirectAward::date)
            .thenComparing(DirectAward::ocid);

    private SplitPurchases() {
    }

    /** Whether an award may be part of a split purchase: at or below the threshold of its year, when one is set. */
    public static boolean candidate(DirectAward award, MexicanFlagSettings settings) {
        return threshold(award, settings).filter(limit -> award.amount().compareTo(limit) <= 0).isPresent();
    }

    /** The flag on each process of the awards (of any pairs) that is part of a split purchase, by ocid. */
    public static Map<String, Flag> assess(Collection<DirectAward> awards, MexicanFlagSettings settings) {
        Map<List<String>, List<DirectAward>> byPair = new LinkedHashMap<>();
        awards.stream().filter(award -> candidate(award, settings))
                .forEach(award -> byPair.computeIfAbsent(List.of(award.buyer(), award.supplier()),
                        pair -> new ArrayList<>()).add(award));
        Map<String, Window> widest = new HashMap<>();
        for (List<DirectAward> pair : byPair.values()) {
            pair.sort(BY_DATE);
            for (int i = 0; i < pair.size(); i++) {
                window(pair, i, settings).ifPresent(window -> window.ocids().forEach(ocid -> widest.merge(ocid, window,
                        (kept, other) -> other.total().compareTo(kept.total()) > 0 ? other : kept)));
            }
        }
        Map<String, Flag> flags = new LinkedHashMap<>();
        widest.forEach((ocid, window) -> flags.put(ocid, window.flag(settings)));
        return flags;
    }

    /** The awards from the {@code first} on within the window, if they add up to more than the threshold. */
    private static Optional<Window> window(List<DirectAward> pair, int first, MexicanFlagSettings settings) {
        DirectAward start = pair.get(first);
        BigDecimal threshold = threshold(start, settings).orElseThrow();
        List<DirectAward> members = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int j = first; j < pair.size(); j++) {
            DirectAward award = pair.get(j);
            if (ChronoUnit.DAYS.between(start.date(), award.date()) > settings.splitWindowDays()) {
                break;
            }
            members.add(award);
            total = total.add(award.amount());
        }
        Window window = new Window(members, total, threshold);
        return window.ocids().size() >= 2 && total.compareTo(threshold) > 0 ? Optional.of(window) : Optional.empty();
    }

    private static Optional<BigDecimal> threshold(DirectAward award, MexicanFlagSettings settings) {
        return settings.thresholds().of(MexicanMethod.DIRECT_AWARD, award.date().getYear());
    }

    /** Direct awards of one pair within the window, their total, and the threshold they exceed together. */
    private record Window(List<DirectAward> awards, BigDecimal total, BigDecimal threshold) {

        Set<String> ocids() {
            Set<String> ocids = new LinkedHashSet<>();
            awards.forEach(award -> ocids.add(award.ocid()));
            return ocids;
        }

        Flag flag(MexicanFlagSettings settings) {
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(Evidence.of("buyer", awards.getFirst().buyer()));
            evidence.add(Evidence.of("supplier", awards.getFirst().supplier()));
            for (DirectAward award : awards) {
                evidence.add(Evidence.of("award", award.ocid() + " " + award.date() + " "
                        + new Money(award.amount(), settings.currency())));
            }
            evidence.add(Evidence.of("total", new Money(total, settings.currency())));
            evidence.add(Evidence.of("threshold", new Money(threshold, settings.currency())));
            evidence.add(Evidence.of("share", total.divide(threshold, MathContext.DECIMAL64)
                    .setScale(4, RoundingMode.HALF_UP).toPlainString()));
            evidence.add(Evidence.of("windowDays", settings.splitWindowDays()));
            return new Flag(FlagCode.MX03, awards.size(), evidence);
        }
    }
}
