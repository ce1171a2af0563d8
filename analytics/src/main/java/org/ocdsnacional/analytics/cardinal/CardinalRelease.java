package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.release.Fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled release as Cardinal reads it: its ocid, whether it is in scope, its submitted bids, its final awards.
 *
 * @param json the compiled release
 * @param ocid its ocid
 */
public record CardinalRelease(JsonNode json, String ocid) {

    /**
     * The release, if every flag considers it: a JSON object whose {@code ocid} is a string, whose tender is not
     * cancelled, and whose {@code tender/procurementMethodDetails} is not excluded by the settings.
     */
    public static Optional<CardinalRelease> inScope(JsonNode json, CardinalSettings.Scope scope) {
        if (!json.isObject()) {
            return Optional.empty();
        }
        Optional<String> ocid = Fields.text(json, "ocid");
        if (ocid.isEmpty() || Fields.hasStatus(Fields.object(json, "tender"), "cancelled")
                || !matchesMethodDetails(json, Set.of(), scope.excludedMethodDetails())) {
            return Optional.empty();
        }
        return Optional.of(new CardinalRelease(json, ocid.get()));
    }

    public JsonNode tender() {
        return Fields.object(json, "tender");
    }

    /** Whether bid prices may be compared: the procedure is not one whose prices the buyer sets. */
    public boolean comparesPrices(CardinalSettings.Scope scope) {
        return matchesMethodDetails(json, scope.priceComparison(), scope.noPriceComparison());
    }

    /** Whether {@code tender/procurementMethod} is one of {@code methods} (any, when {@code methods} is empty). */
    public static boolean matchesMethod(JsonNode tender, Set<String> methods) {
        if (methods.isEmpty()) {
            return true;
        }
        return Fields.text(tender, "procurementMethod").filter(methods::contains).isPresent();
    }

    /** The bids whose status is a string other than invited and withdrawn: pending, valid, disqualified. */
    public List<JsonNode> submittedBids() {
        return bidDetails().stream().filter(CardinalRelease::isSubmitted).toList();
    }

    /** Whether a bid was submitted: its status is a string other than invited and withdrawn. */
    public static boolean isSubmitted(JsonNode bid) {
        Optional<String> status = Fields.text(bid, "status");
        return status.isPresent() && !status.get().equals("invited") && !status.get().equals("withdrawn");
    }

    /**
     * The active awards and all bids, when the release has an awards array and a bids array and every award with a
     * status is in a final state (active, cancelled, unsuccessful); empty as soon as one is pending (or any other).
     */
    public Optional<FinalAwards> finalAwards() {
        if (!Fields.isArray(json, "awards") || !Fields.isArray(Fields.object(json, "bids"), "details")) {
            return Optional.empty();
        }
        List<JsonNode> active = new ArrayList<>();
        for (JsonNode award : Fields.array(json, "awards")) {
            Optional<String> status = Fields.text(award, "status");
            if (status.isEmpty()) {
                continue;
            }
            switch (status.get()) {
                case "active" -> active.add(award);
                case "cancelled", "unsuccessful" -> { }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new FinalAwards(active, bidDetails()));
    }

    /** {@code bids/details}, if it is an array. */
    public List<JsonNode> bidDetails() {
        return Fields.array(Fields.object(json, "bids"), "details");
    }

    /** The id of the single supplier of the single active award, if that is what the awards are. */
    public static Optional<String> singleWinner(FinalAwards awards) {
        if (awards.active().size() != 1 || !Fields.isArray(awards.active().getFirst(), "suppliers")) {
            return Optional.empty();
        }
        List<JsonNode> suppliers = Fields.array(awards.active().getFirst(), "suppliers");
        return suppliers.size() == 1 ? Fields.text(suppliers.getFirst(), "id") : Optional.empty();
    }

    /** The valid bids of one tenderer with an amount and a currency, in order. */
    public static List<PricedBid> validPricedBids(List<JsonNode> bids) {
        List<PricedBid> priced = new ArrayList<>();
        for (JsonNode bid : bids) {
            JsonNode value = Fields.object(bid, "value");
            List<JsonNode> tenderers = Fields.array(bid, "tenderers");
            Optional<String> currency = Fields.text(value, "currency");
            if (Fields.hasStatus(bid, "valid") && value.path("amount").isNumber() && currency.isPresent()
                    && Fields.isArray(bid, "tenderers") && tenderers.size() == 1) {
                Fields.text(tenderers.getFirst(), "id").ifPresent(id -> priced.add(
                        new PricedBid(id, value.path("amount").doubleValue(), currency.get())));
            }
        }
        return priced;
    }

    /**
     * Whether the release's {@code tender/procurementMethodDetails} passes an allow list ({@code include}, used when
     * not empty) or a deny list ({@code exclude}). Without the field, only a deny list lets it pass.
     */
    static boolean matchesMethodDetails(JsonNode json, Set<String> include, Set<String> exclude) {
        Optional<String> details = Fields.text(Fields.object(json, "tender"), "procurementMethodDetails");
        if (details.isEmpty()) {
            return include.isEmpty();
        }
        return include.isEmpty() ? !exclude.contains(details.get()) : include.contains(details.get());
    }

    /** The active awards of a release whose awards are all final, and its bids. */
    public record FinalAwards(List<JsonNode> active, List<JsonNode> bids) {
    }

    /** A valid bid of one tenderer with its amount and currency. */
    public record PricedBid(String tenderer, double amount, String currency) {
    }
}
