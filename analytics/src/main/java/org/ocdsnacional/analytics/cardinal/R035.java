package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * R035, all except winning bid disqualified: with every award final, exactly one tenderer has valid bids, it is
 * the supplier of every active award and of none other, and at least the threshold (1) of other tenderers have
 * disqualified bids. The winner is flagged too. Value: the number of those other tenderers (0.0 on the winner).
 */
final class R035 implements ProcessIndicator {

    private final CardinalSettings.R035 settings;

    R035(CardinalSettings.R035 settings) {
        this.settings = settings;
    }

    @Override
    public Optional<ProcessFinding> assess(CardinalRelease release, MainCurrency currency) {
        Optional<CardinalRelease.FinalAwards> awards = release.finalAwards();
        if (awards.isEmpty()) {
            return Optional.empty();
        }
        Set<String> suppliers = new HashSet<>();
        awards.get().active().forEach(award -> Fields.array(award, "suppliers")
                .forEach(supplier -> Fields.text(supplier, "id").ifPresent(suppliers::add)));
        Set<String> valid = tenderers(awards.get().bids(), "valid");
        Set<String> disqualified = tenderers(awards.get().bids(), "disqualified");
        disqualified.removeAll(valid);
        if (valid.size() != 1 || !valid.equals(suppliers) || disqualified.size() < settings.threshold()) {
            return Optional.empty();
        }
        Flag flag = new Flag(FlagCode.R035, disqualified.size(), List.of(
                Evidence.of("winner", valid.iterator().next()),
                Evidence.of("disqualified", String.join(", ", new TreeSet<>(disqualified))),
                Evidence.of("threshold", settings.threshold())));
        return Optional.of(new ProcessFinding(flag, valid, 0.0));
    }

    private static Set<String> tenderers(List<JsonNode> bids, String status) {
        Set<String> ids = new HashSet<>();
        for (JsonNode bid : bids) {
            if (Fields.hasStatus(bid, status)) {
                Fields.array(bid, "tenderers").forEach(tenderer -> Fields.text(tenderer, "id").ifPresent(ids::add));
            }
        }
        return ids;
    }
}
