package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** An amount must not be negative and must say its currency. */
final class AmountRules {

    private AmountRules() {
    }

    /** Checks the {@code amount} of {@code value} (an OCDS Value object) at {@code pointer}. */
    static void check(JsonNode value, String pointer, Findings findings) {
        JsonNode amount = value.get("amount");
        if (!amount.isNumber()) {
            return;
        }
        String at = JsonPointers.child(pointer, "amount");
        if (amount.decimalValue().signum() < 0) {
            findings.add(Severity.WARNING, "coherence.negative_amount", at, amount.asText(), () -> Texts.about(
                    amount.asText(), at, "es un monto negativo", "is a negative amount"));
        }
        JsonNode currency = value.get("currency");
        if (currency == null || currency.isNull() || currency.asText().isBlank()) {
            String missing = JsonPointers.child(pointer, "currency");
            findings.add(Severity.WARNING, "coherence.currency_missing", missing, "", () -> new Texts(
                    "El monto en " + at + " no dice su moneda: agregue «currency» (p. ej. MXN)",
                    "The amount at " + at + " does not say its currency: add «currency» (e.g. MXN)"));
        }
    }
}
