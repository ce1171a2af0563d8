package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.CurrencyCode;
import org.ocdsnacional.ocds.model.PublishedNumber;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An amount in a currency, kept as an exact decimal. For range filters and sums it is also stored in minor units
 * (hundredths, rounded half-even) as a long: OpenSearch sums longs exactly below 2^53 (about 90 trillion pesos), so
 * totals per currency stay exact to the cent. An amount from a publisher is never absurd ({@link PublishedNumber}):
 * it has at most 16 digits before the point, so it always fits.
 */
public record Money(BigDecimal amount, String currency) {

    /** Beyond this many digits before the point, an amount has no minor units in a long. */
    private static final int LONG_DIGITS = 18;

    public long minor() {
        return minorUnits(amount);
    }

    /**
     * An amount in hundredths, rounded half-even, as minor-unit fields and range filters hold it. Cheap for any
     * decimal: one too small to make a hundredth is 0, one too large for a long is refused
     * ({@link ArithmeticException}) before any arithmetic.
     */
    public static long minorUnits(BigDecimal amount) {
        long integerDigits = (long) amount.precision() - amount.scale();
        if (amount.signum() == 0 || integerDigits < -2) {
            return 0;
        }
        if (integerDigits > LONG_DIGITS) {
            throw new ArithmeticException("Monto fuera de rango / Amount out of range: " + integerDigits + " digits");
        }
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    public Money plus(BigDecimal more) {
        return new Money(amount.add(more), currency);
    }

    /**
     * Reads an OCDS Value object ({@code {"amount": 10.5, "currency": "MXN"}}); empty without a usable amount (none,
     * not a number, or absurd). An amount without a currency, or with one that is not ISO 4217 ("PESOS"), is in the
     * currency {@code XXX} ({@link CurrencyCode#NONE}): counted, never as a currency of its own nor added to one.
     */
    public static Optional<Money> of(JsonNode value) {
        JsonNode amount = value.path("amount");
        if (!amount.isNumber() && !amount.isTextual()) {
            return Optional.empty();
        }
        JsonNode currency = value.path("currency");
        String code = currency.isTextual() ? CurrencyCode.normalise(currency.asText()).orElse(CurrencyCode.NONE)
                : CurrencyCode.NONE;
        return PublishedNumber.amount(amount.asText().replace(",", "")).map(number -> new Money(number, code));
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
}
