package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.Money;
import org.ocdsnacional.analytics.release.References;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One direct award from a buyer to a single supplier: what MX03 adds up. Buyer and supplier are resolved
 * organizations ({@code MX-RFC-…} or {@code nombre:…}), so the same pair is found across publishers.
 *
 * @param ocid     the process
 * @param buyer    the buyer's organization id
 * @param supplier the supplier's organization id
 * @param date     the award's day (its date, or its contract's signature)
 * @param amount   its value, in the settings' currency
 */
public record DirectAward(String ocid, String buyer, String supplier, LocalDate date, BigDecimal amount) {

    /** The direct awards of a process: awards in force to a single supplier, dated and valued in the currency. */
    public static List<DirectAward> of(JsonNode release, String currency) {
        Optional<String> ocid = Fields.text(release, "ocid");
        Optional<String> buyer = References.identity(release, Fields.object(release, "buyer"))
                .map(OrganizationIdentity::id);
        if (ocid.isEmpty() || buyer.isEmpty()
                || MexicanMethod.of(Fields.object(release, "tender")).method() != MexicanMethod.DIRECT_AWARD) {
            return List.of();
        }
        List<DirectAward> awards = new ArrayList<>();
        for (Awards.Award award : Awards.inForce(release)) {
            List<JsonNode> suppliers = award.suppliers();
            Optional<Money> value = Money.of(Fields.object(award.json(), "value"))
                    .filter(money -> money.currency().equals(currency));
            Optional<String> supplier = suppliers.size() == 1
                    ? References.identity(release, suppliers.getFirst()).map(OrganizationIdentity::id)
                    : Optional.empty();
            if (supplier.isPresent() && value.isPresent() && award.date().isPresent()) {
                awards.add(new DirectAward(ocid.get(), buyer.get(), supplier.get(), award.date().get().day(),
                        value.get().amount()));
            }
        }
        return awards;
    }
}
