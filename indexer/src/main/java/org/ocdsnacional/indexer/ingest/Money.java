package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.CurrencyCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount in a currency, kept as an exact decimal. For range filters and sums it is also stored in minor
 * units (hundredths, rounded half-even) as a long: OpenSearch sums longs exactly below 2^53 (about 90 trillion
 * pesos), so totals per currency stay exact to the cent.
 */
public record Money(BigDecimal amount, String currency) {

    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(Long.MAX_VALUE, 2);

    public long minor() {
        return minorUnits(amount);
    }

    /** An amount in hundredths, rounded half-even, as minor-unit fields and range filters hold it. */
    public static long minorUnits(BigDecimal amount) {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    public Money plus(BigDecimal more) {
        return new Money(amount.add(more), currency);
    }

    /**
     * Reads an OCDS Value object ({@code {"amount": 10.5, "currency": "MXN"}}); empty without a usable amount. An
     * amount without a currency, or with one that is not ISO 4217 ("PESOS"), is in the currency {@code XXX}
     * ({@link CurrencyCode#NONE}): counted, never as a currency of its own nor added to one.
     */
    public static Optional<Money> of(JsonNode value) {
        JsonNode amount = value.path("amount");
        if (!amount.isNumber() && !amount.isTextual()) {
            return Optional.empty();
        }
        JsonNode currency = value.path("currency");
        String code = currency.isTextual() ? CurrencyCode.normalise(currency.asText()).orElse(CurrencyCode.NONE)
                : CurrencyCode.NONE;
        return parse(amount.asText()).filter(Money::fitsMinorUnits).map(number -> new Money(number, code));
    }

    /** As a process document holds it: the exact amount as text, the currency, and the minor units. */
    ObjectNode json(ObjectMapper mapper) {
        return mapper.createObjectNode()
                .put("amount", amount.toPlainString())
                .put("currency", currency)
                .put("minor", minor());
    }

    /** From minor units, as OpenSearch's sum aggregation returns them. */
    public static Money ofMinor(double minorUnits, String currency) {
        return new Money(BigDecimal.valueOf(Math.round(minorUnits), 2), currency);
    }

    /** An amount too large for minor units in a long (a typo such as 1e20) is unusable for sums and ranges. */
    private static boolean fitsMinorUnits(BigDecimal amount) {
        return amount.abs().compareTo(MAX_AMOUNT) <= 0;
    }

    private static Optional<BigDecimal> parse(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim().replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
