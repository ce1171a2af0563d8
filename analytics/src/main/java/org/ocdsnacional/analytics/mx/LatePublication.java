package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.PublicationHistory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MX04, late publication: a contract was signed more than N days (90) before the process's first release was
 * published. Needs the process's publication history (the date of its first release); a compiled release alone
 * does not tell it. Value: the most days a contract waited.
 */
public final class LatePublication {

    private LatePublication() {
    }

    public static Optional<Flag> assess(JsonNode release, PublicationHistory history, MexicanFlagSettings settings) {
        Optional<LocalDate> published = history.firstPublished();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        long latest = Long.MIN_VALUE;
        List<JsonNode> contracts = Fields.array(release, "contracts");
        for (int i = 0; i < contracts.size(); i++) {
            Optional<Awards.Dated> signed = Awards.dated(contracts.get(i), "dateSigned",
                    Fields.pointer("", "contracts", i) + "/dateSigned");
            if (signed.isEmpty()) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(signed.get().day(), published.get());
            if (days > settings.latePublicationDays()) {
                latest = Math.max(latest, days);
                evidence.add(signed.get().evidence());
                evidence.add(Evidence.of("days", days));
            }
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        evidence.add(Evidence.of("firstReleaseDate", history.firstReleaseDate().orElseThrow()));
        evidence.add(Evidence.of("threshold", settings.latePublicationDays()));
        return Optional.of(new Flag(FlagCode.MX04, latest, evidence));
    }
}
