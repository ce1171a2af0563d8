package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.References;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MX01, newly incorporated supplier: a supplier of an award in force is a legal entity whose RFC says it was
 * incorporated fewer than N days (365) before the award (its {@code date}, else its contract's {@code dateSigned}).
 * People (13-character RFCs) are not flagged. Value: the fewest days between incorporation and award (negative when
 * the RFC's date follows the award).
 */
public final class NewlyIncorporatedSupplier {

    private NewlyIncorporatedSupplier() {
    }

    public static Optional<Flag> assess(JsonNode release, MexicanFlagSettings settings) {
        List<Evidence> evidence = new ArrayList<>();
        long youngest = Long.MAX_VALUE;
        for (Awards.Award award : Awards.inForce(release)) {
            if (award.date().isEmpty()) {
                continue;
            }
            LocalDate awarded = award.date().get().day();
            List<JsonNode> suppliers = award.suppliers();
            for (int j = 0; j < suppliers.size(); j++) {
                Optional<String> rfc = References.rfc(release, suppliers.get(j));
                Optional<LocalDate> incorporated = rfc.flatMap(r -> LegalEntityRfc.incorporation(r, awarded));
                if (incorporated.isEmpty()) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(incorporated.get(), awarded);
                if (days >= settings.newSupplierDays()) {
                    continue;
                }
                youngest = Math.min(youngest, days);
                evidence.add(Evidence.of(Fields.pointer(award.pointer(), "suppliers", j), rfc.get()));
                evidence.add(Evidence.of("incorporationDate", incorporated.get()));
                evidence.add(award.date().get().evidence());
                evidence.add(Evidence.of("days", days));
            }
        }
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        evidence.add(Evidence.of("threshold", settings.newSupplierDays()));
        return Optional.of(new Flag(FlagCode.MX01, youngest, evidence));
    }
}
