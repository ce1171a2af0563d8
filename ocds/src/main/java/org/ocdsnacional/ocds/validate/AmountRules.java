package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

/** An amount must not be negative and must say its currency. */
final class AmountRules {

    private AmountRules() {
    }

    /** Checks the {@code amount} of {@code value} (an OCDS Value object) at {@code place}. */
    static void check(JsonNode value, Location place, Findings findings) {
        JsonNode amount = value.get("amount");
        if (!amount.isNumber()) {
            return;
        }
        boolean negative = amount.decimalValue().signum() < 0;
        JsonNode currency = value.get("currency");
        boolean noCurrency = currency == null || currency.isNull() || currency.asText().isBlank();
        if (negative || noCurrency) {
            report(amount, place.pointer(), negative, noCurrency, findings);
        }
    }

    private static void report(JsonNode amount, String pointer, boolean negative, boolean noCurrency,
                               Findings findings) {
        String at = JsonPointers.child(pointer, "amount");
        if (negative) {
            findings.add(Severity.WARNING, "coherence.negative_amount", at, amount.asText(), () -> Texts.about(
                    amount.asText(), at, "es un monto negativo", "is a negative amount"));
        }
        if (noCurrency) {
            String missing = JsonPointers.child(pointer, "currency");
            findings.add(Severity.WARNING, "coherence.currency_missing", missing, "", () -> new Texts(
                    "El monto en " + at + " no dice su moneda: agregue «currency» (p. ej. MXN)",
                    "The amount at " + at + " does not say its currency: add «currency» (e.g. MXN)"));
        }
    }
}
