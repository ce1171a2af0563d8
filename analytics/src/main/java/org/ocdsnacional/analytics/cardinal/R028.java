package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R028, identical bid prices: two submitted bids of different sets of tenderers have the same amount in the same
 * currency. The tenderers of both bids are flagged too. Procedures whose prices the buyer sets are left out.
 * Value 1.0 (1.0 on each tenderer).
 */
final class R028 implements ProcessIndicator {

    private final CardinalSettings.Scope scope;

    R028(CardinalSettings.Scope scope) {
        this.scope = scope;
    }

    @Override
    public Optional<ProcessFinding> assess(CardinalRelease release, MainCurrency currency) {
        if (!release.comparesPrices(scope)) {
            return Optional.empty();
        }
        Map<Price, Set<String>> byPrice = new HashMap<>();
        Set<String> flagged = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        List<JsonNode> bids = release.bidDetails();
        for (int i = 0; i < bids.size(); i++) {
            JsonNode bid = bids.get(i);
            Optional<Price> price = Price.of(bid);
            Set<String> ids = tendererIds(bid);
            if (!CardinalRelease.isSubmitted(bid) || price.isEmpty() || ids.isEmpty()
                    || !Fields.isArray(bid, "tenderers")) {
                continue;
            }
            Set<String> other = byPrice.get(price.get());
            if (other != null && !other.equals(ids)) {
                flagged.addAll(ids);
                flagged.addAll(other);
                evidence.add(Evidence.of(Fields.pointer("/bids", "details", i) + "/value", bid.path("value")));
            }
            byPrice.put(price.get(), ids);
        }
        if (flagged.isEmpty()) {
            return Optional.empty();
        }
        evidence.add(Evidence.of("tenderers", String.join(", ", flagged)));
        return Optional.of(new ProcessFinding(new Flag(FlagCode.R028, 1.0, evidence), flagged, 1.0));
    }

    private static Set<String> tendererIds(JsonNode bid) {
        Set<String> ids = new LinkedHashSet<>();
        Fields.array(bid, "tenderers").forEach(tenderer -> Fields.text(tenderer, "id").ifPresent(ids::add));
        return ids;
    }

    /** An amount (0.0 and -0.0 alike) in a currency. */
    private record Price(double amount, String currency) {

        static Optional<Price> of(JsonNode bid) {
            JsonNode value = Fields.object(bid, "value");
            Optional<String> currency = Fields.text(value, "currency");
            if (!value.path("amount").isNumber() || currency.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Price(value.path("amount").doubleValue() + 0.0, currency.get()));
        }
    }
}
