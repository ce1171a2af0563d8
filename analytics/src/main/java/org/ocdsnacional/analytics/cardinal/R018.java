package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;

import java.util.List;
import java.util.Optional;

/**
 * R018, single bid received: {@code tender/numberOfTenderers} is the integer 1 and {@code tender/procurementMethod}
 * is competitive ({@code open} or {@code selective} by default). Value 1.0.
 */
final class R018 implements ProcessIndicator {

    private final CardinalSettings.R018 settings;

    R018(CardinalSettings.R018 settings) {
        this.settings = settings;
    }

    @Override
    public Optional<ProcessFinding> assess(CardinalRelease release, MainCurrency currency) {
        JsonNode tender = release.tender();
        JsonNode tenderers = tender.path("numberOfTenderers");
        if (tender.isMissingNode() || !CardinalRelease.matchesMethod(tender, settings.procurementMethods())
                || !tenderers.isIntegralNumber() || !tenderers.canConvertToLong() || tenderers.longValue() != 1) {
            return Optional.empty();
        }
        return Optional.of(ProcessFinding.of(new Flag(FlagCode.R018, 1.0, List.of(
                Evidence.of("/tender/numberOfTenderers", tenderers),
                Evidence.of("/tender/procurementMethod", tender.path("procurementMethod"))))));
    }
}
