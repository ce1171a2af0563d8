package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.Rfc3339;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * R003, short submission period: {@code tender/tenderPeriod} lasts fewer whole days than the threshold (15, or the
 * one set for the process's {@code procurementMethodDetails}). Both dates must be RFC 3339 date-times. Value 1.0.
 */
final class R003 implements ProcessIndicator {

    private static final long SECONDS_PER_DAY = 86_400;

    private final CardinalSettings.R003 settings;

    R003(CardinalSettings.R003 settings) {
        this.settings = settings;
    }

    @Override
    public Optional<ProcessFinding> assess(CardinalRelease release, MainCurrency currency) {
        JsonNode tender = release.tender();
        if (tender.isMissingNode() || !CardinalRelease.matchesMethod(tender, settings.procurementMethods())) {
            return Optional.empty();
        }
        JsonNode period = Fields.object(tender, "tenderPeriod");
        Optional<Instant> start = Fields.text(period, "startDate").flatMap(Rfc3339::parse);
        Optional<Instant> end = Fields.text(period, "endDate").flatMap(Rfc3339::parse);
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        long days = wholeDays(Duration.between(start.get(), end.get()));
        long threshold = Fields.text(tender, "procurementMethodDetails").map(settings.byMethodDetails()::get)
                .orElse(settings.threshold());
        if (days >= threshold) {
            return Optional.empty();
        }
        return Optional.of(ProcessFinding.of(new Flag(FlagCode.R003, 1.0, List.of(
                Evidence.of("/tender/tenderPeriod/startDate", period.path("startDate")),
                Evidence.of("/tender/tenderPeriod/endDate", period.path("endDate")),
                Evidence.of("days", days), Evidence.of("threshold", threshold)))));
    }

    /** Whole days, truncated toward zero as chrono's {@code num_days} does (Java's {@code toDays} floors seconds). */
    static long wholeDays(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 0 && duration.getNano() > 0) {
            seconds++;
        }
        return seconds / SECONDS_PER_DAY;
    }
}
