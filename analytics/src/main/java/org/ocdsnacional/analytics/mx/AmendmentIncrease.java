package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.Money;
import org.ocdsnacional.analytics.release.PublicationHistory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * MX05, amendment raising the contract's value: a contract's value is more than a share (0.20) above its original
 * value, in the same currency. The original is the former value an amendment records
 * ({@code amendments/changes}, property {@code value} or {@code value/amount}, OCDS 1.0 and 1.1 deprecated), else
 * the value the contract had when first published (the publication history). Value: the largest rise, as a share.
 */
public final class AmendmentIncrease {

    private static final Set<String> VALUE_PROPERTIES = Set.of("value", "value/amount");

    private AmendmentIncrease() {
    }

    public static Optional<Flag> assess(JsonNode release, PublicationHistory history, MexicanFlagSettings settings) {
        List<Evidence> evidence = new ArrayList<>();
        BigDecimal largest = null;
        List<JsonNode> contracts = Fields.array(release, "contracts");
        for (int i = 0; i < contracts.size(); i++) {
            JsonNode contract = contracts.get(i);
            String pointer = Fields.pointer("", "contracts", i);
            Optional<Money> current = Money.of(Fields.object(contract, "value"));
            Optional<Original> original = current.flatMap(value -> original(contract, pointer, value, history));
            if (original.isEmpty() || original.get().value().amount().signum() <= 0) {
                continue;
            }
            BigDecimal share = current.get().amount().subtract(original.get().value().amount())
                    .divide(original.get().value().amount(), MathContext.DECIMAL64);
            if (share.compareTo(settings.amendmentShare()) <= 0) {
                continue;
            }
            largest = largest == null || share.compareTo(largest) > 0 ? share : largest;
            evidence.add(Evidence.of(pointer + "/value", current.get()));
            evidence.add(Evidence.of(original.get().source(), original.get().value()));
            evidence.add(Evidence.of("amendments", Fields.array(contract, "amendments").size()));
            evidence.add(Evidence.of("share", share.setScale(4, RoundingMode.HALF_UP).toPlainString()));
        }
        if (largest == null) {
            return Optional.empty();
        }
        evidence.add(Evidence.of("threshold", settings.amendmentShare().toPlainString()));
        return Optional.of(new Flag(FlagCode.MX05, largest.doubleValue(), evidence));
    }

    /** A contract's original value, in the currency of its current value, and where it was read. */
    private record Original(Money value, String source) {
    }

    private static Optional<Original> original(JsonNode contract, String pointer, Money current,
                                               PublicationHistory history) {
        List<JsonNode> amendments = Fields.array(contract, "amendments");
        for (int a = 0; a < amendments.size(); a++) {
            List<JsonNode> changes = Fields.array(amendments.get(a), "changes");
            for (int c = 0; c < changes.size(); c++) {
                Optional<Money> former = former(changes.get(c), current.currency());
                if (former.isPresent()) {
                    return Optional.of(new Original(former.get(), pointer + "/amendments/" + a + "/changes/" + c
                            + "/former_value"));
                }
            }
        }
        return Fields.id(contract, "id").map(history.firstContractValues()::get)
                .filter(first -> first.currency().equals(current.currency()))
                .map(first -> new Original(first, "firstPublishedValue"));
    }

    private static Optional<Money> former(JsonNode change, String currency) {
        String property = Fields.text(change, "property").orElse("").replace('.', '/');
        if (!VALUE_PROPERTIES.contains(property.startsWith("/") ? property.substring(1) : property)) {
            return Optional.empty();
        }
        JsonNode former = change.path("former_value");
        if (former.isNumber()) {
            return Optional.of(new Money(former.decimalValue(), currency));
        }
        return Money.of(former).filter(money -> money.currency().equals(currency));
    }
}
