package org.ocdsnacional.analytics.release;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** An exact amount in a currency; amounts in different currencies are never added or compared. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** An OCDS Value object ({@code {"amount": …, "currency": …}}) with a number and a currency. */
    public static Optional<Money> of(JsonNode value) {
        JsonNode amount = value.path("amount");
        Optional<String> currency = Fields.text(value, "currency");
        if (!amount.isNumber() || currency.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Money(amount.decimalValue(), currency.get()));
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
