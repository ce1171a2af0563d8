package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.References;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MX06, supplier on a reference list: a supplier of an award in force is on a list with a date before the award
 * (a listing that follows the award says nothing about it), in a status that does not clear it ("Desvirtuado" and
 * "Sentencia favorable" do). Value: the number of such listings.
 */
public final class ReferenceListSupplier {

    private ReferenceListSupplier() {
    }

    public static Optional<Flag> assess(JsonNode release, ReferenceList lists, MexicanFlagSettings settings) {
        Set<String> cleared = settings.clearedStatuses().stream().map(ReferenceListSupplier::plain)
                .collect(Collectors.toSet());
        List<Evidence> evidence = new ArrayList<>();
        int listings = 0;
        for (Awards.Award award : Awards.inForce(release)) {
            if (award.date().isEmpty()) {
                continue;
            }
            List<JsonNode> suppliers = award.suppliers();
            for (int j = 0; j < suppliers.size(); j++) {
                Optional<String> rfc = References.rfc(release, suppliers.get(j));
                if (rfc.isEmpty()) {
                    continue;
                }
                for (ListedOrganization listed : lists.find(rfc.get())) {
                    if (cleared.contains(plain(listed.status())) || !listed.date().isBefore(award.date().get().day())) {
                        continue;
                    }
                    listings++;
                    evidence.add(Evidence.of(Fields.pointer(award.pointer(), "suppliers", j), rfc.get()));
                    evidence.add(Evidence.of("list", listed.list()));
                    evidence.add(Evidence.of("status", listed.status()));
                    evidence.add(Evidence.of("listDate", listed.date()));
                    evidence.add(award.date().get().evidence());
                }
            }
        }
        return listings == 0 ? Optional.empty() : Optional.of(new Flag(FlagCode.MX06, listings, evidence));
    }

    private static String plain(String status) {
        return Normalizer.normalize(status, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip()
                .toLowerCase(Locale.ROOT);
    }
}
