package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;

import java.util.List;
import java.util.Optional;

/**
 * R036, lowest bid disqualified: with at least one active award and a valid bid with an amount, the lowest
 * submitted bid in the main currency (the first of equal ones) is disqualified. Procedures whose prices the buyer
 * sets are left out. Value 1.0.
 */
final class R036 implements ProcessIndicator {

    private final CardinalSettings.Scope scope;

    R036(CardinalSettings.Scope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<ProcessFinding> assess(CardinalRelease release, MainCurrency currency) {
        if (!release.comparesPrices(scope)
                || Fields.array(release.json(), "awards").stream().noneMatch(a -> Fields.hasStatus(a, "active"))) {
            return Optional.empty();
        }
        int lowest = -1;
        double lowestAmount = 0;
        boolean validWithAmount = false;
        List<JsonNode> bids = release.bidDetails();
        for (int i = 0; i < bids.size(); i++) {
            JsonNode bid = bids.get(i);
            JsonNode value = Fields.object(bid, "value");
            Optional<String> bidCurrency = Fields.text(value, "currency");
            if (!CardinalRelease.isSubmitted(bid) || !value.path("amount").isNumber() || bidCurrency.isEmpty()
                    || !currency.accepts(bidCurrency.get())) {
                continue;
            }
            double amount = value.path("amount").doubleValue();
            if (lowest < 0 || amount < lowestAmount) {
                lowest = i;
                lowestAmount = amount;
            }
            validWithAmount |= Fields.hasStatus(bid, "valid");
        }
        if (!validWithAmount || !Fields.hasStatus(bids.get(lowest), "disqualified")) {
            return Optional.empty();
        }
        String lowestBid = Fields.pointer("/bids", "details", lowest);
        return Optional.of(ProcessFinding.of(new Flag(FlagCode.R036, 1.0, List.of(
                Evidence.of(lowestBid + "/value", bids.get(lowest).path("value")),
                Evidence.of(lowestBid + "/status", "disqualified")))));
    }
}
