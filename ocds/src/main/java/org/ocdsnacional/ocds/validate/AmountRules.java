package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.CurrencyCode;
import org.ocdsnacional.ocds.model.PublishedNumber;

/**
 * An amount must not be negative and must say its currency, an ISO 4217 code (an absurd amount is only reported as
 * such: see {@link NumberRules}). Where the schema gives the currency a
 * codelist (OCDS 1.1) a code outside it is a codelist error already; elsewhere (OCDS 1.0, which only describes the
 * format) it is pointed out here.
 */
final class AmountRules {

    private AmountRules() {
    }

    /**
     * Checks the {@code amount} of {@code value} (an OCDS Value object) at {@code place}; {@code currencyCodelist}
     * says whether the schema checks its currency against the currency codelist.
     */
    static void check(JsonNode value, Location place, boolean currencyCodelist, Findings findings) {
        JsonNode amount = value.get("amount");
        if (!amount.isNumber() || PublishedNumber.isAbsurdAmount(amount)) {
            return;
        }
        boolean negative = amount.decimalValue().signum() < 0;
        JsonNode currency = value.get("currency");
        boolean noCurrency = currency == null || currency.isNull() || currency.asText().isBlank();
        if (negative || noCurrency) {
            report(amount, place.pointer(), negative, noCurrency, findings);
        }
        if (!noCurrency && !currencyCodelist && currency.isTextual() && !CurrencyCode.isIso4217(currency.asText())) {
            invalidCurrency(currency.asText(), JsonPointers.child(place.pointer(), "currency"), findings);
        }
    }

    private static void invalidCurrency(String code, String at, Findings findings) {
        findings.add(Severity.WARNING, "coherence.currency_invalid", at, code, () -> Texts.about(code, at,
                "no es un código de moneda ISO 4217 (p. ej. MXN, USD, EUR): los montos en esa moneda no se pueden "
                        + "sumar ni comparar con otros",
                "is not an ISO 4217 currency code (e.g. MXN, USD, EUR): amounts in it cannot be added up or "
                        + "compared with others"));
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
