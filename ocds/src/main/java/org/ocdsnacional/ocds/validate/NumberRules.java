package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PublishedNumber;

/**
 * A number with more digits than any real value has ({@code 1e-999999999}, {@code 1e999999999}, hundreds of
 * digits), or an amount beyond ten thousand billion: absurd ({@link PublishedNumber}). It is pointed out, and
 * nothing else is checked of it: it is left out of sums and comparisons.
 */
final class NumberRules {

    private NumberRules() {
    }

    /** Reports {@code value} of the field {@code name} at {@code at} if it is absurd; says whether it was. */
    static boolean absurd(String name, JsonNode value, Location at, Findings findings) {
        boolean amount = name.equals("amount");
        if (!(amount ? PublishedNumber.isAbsurdAmount(value) : PublishedNumber.isAbsurd(value))) {
            return false;
        }
        String text = Texts.shown(value.asText());
        String pointer = at.pointer();
        String limit = (amount ? PublishedNumber.MAX_AMOUNT_DIGITS : PublishedNumber.MAX_INTEGER_DIGITS) + "";
        findings.add(Severity.WARNING, "number.absurd", pointer, text, () -> Texts.about(text, pointer,
                "es un número absurdo: tiene más cifras de las que tiene cualquier " + (amount ? "monto" : "valor")
                        + " real (más de " + limit + " antes del punto decimal o de " + PublishedNumber.MAX_FRACTION_DIGITS
                        + " después): no se suma ni se compara; corríjalo",
                "is an absurd number: it has more digits than any real " + (amount ? "amount" : "value")
                        + " (more than " + limit + " before the decimal point or " + PublishedNumber.MAX_FRACTION_DIGITS
                        + " after it): it is neither added up nor compared; correct it"));
        return true;
    }
}
