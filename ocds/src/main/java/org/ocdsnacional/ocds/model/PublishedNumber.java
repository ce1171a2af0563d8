package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds of a number that real data can hold. A number published with more digits than any real value has, or
 * that is not finite, is absurd: a typo or a broken export, such as {@code 1e-999999999}. It is reported to the
 * publisher and left out of every sum, range and comparison, where it would cost gigabytes ({@code toPlainString})
 * or overflow ({@code setScale}). Deciding so costs nothing: no arithmetic is done on the number itself.
 *
 * <p>Any number is absurd with more than {@value #MAX_INTEGER_DIGITS} digits before the point (beyond any 64-bit
 * integer) or more than {@value #MAX_FRACTION_DIGITS} after it (trailing zeros left out); an amount already with
 * more than {@value #MAX_AMOUNT_DIGITS} before the point (ten thousand billion in any currency).
 */
public final class PublishedNumber {

    /** Digits before the point of any number. */
    public static final int MAX_INTEGER_DIGITS = 20;
    /** Digits before the point of an amount. */
    public static final int MAX_AMOUNT_DIGITS = 16;
    /** Digits after the point, trailing zeros left out. */
    public static final int MAX_FRACTION_DIGITS = 20;
    /** Characters of a number written as text ("1,234.50"): more cannot be a real amount, and are not parsed. */
    private static final int MAX_TEXT = 64;

    private PublishedNumber() {
    }

    /** Whether a JSON value is an absurd number; anything that is not a number is not. */
    public static boolean isAbsurd(JsonNode value) {
        return absurd(value, MAX_INTEGER_DIGITS);
    }

    /** Whether a JSON value is an absurd amount; anything that is not a number is not. */
    public static boolean isAbsurdAmount(JsonNode value) {
        return absurd(value, MAX_AMOUNT_DIGITS);
    }

    private static boolean absurd(JsonNode value, int integerDigits) {
        if (value == null || !value.isNumber()) {
            return false;
        }
        if (value.isInt() || value.isLong()) {
            return beyond(value.longValue(), integerDigits);
        }
        return exact(value).map(number -> beyond(number, integerDigits)).orElse(true);
    }

    /** Whether a whole number has more than {@code integerDigits} digits (it has no fraction digits). */
    private static boolean beyond(long number, int integerDigits) {
        if (integerDigits >= 19) {
            return false;
        }
        long limit = 1;
        for (int digit = 0; digit < integerDigits; digit++) {
            limit *= 10;
        }
        return number >= limit || number <= -limit;
    }

    /**
     * The exact value of an amount written as text (a JSON number's text, or a string holding one), unless it is not
     * a number or is absurd. A zero comes back as {@code 0} whatever its exponent ({@code 0E-999999999}).
     */
    public static Optional<BigDecimal> amount(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(text.trim());
            if (number.signum() == 0) {
                return Optional.of(number.scale() < 0 || number.scale() > MAX_FRACTION_DIGITS ? BigDecimal.ZERO
                        : number);
            }
            return beyond(number, MAX_AMOUNT_DIGITS) ? Optional.empty() : Optional.of(number);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static boolean beyond(BigDecimal number, int integerDigits) {
        if (number.signum() == 0) {
            return false;
        }
        // Trailing zeros take as much from the precision as from the scale: the digits before the point are the
        // same with or without them, and only a scale beyond the limit needs them stripped to be judged.
        return (long) number.precision() - number.scale() > integerDigits
                || (number.scale() > MAX_FRACTION_DIGITS && number.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS);
    }

    /** A JSON number's value as a decimal; empty when it is not finite. */
    private static Optional<BigDecimal> exact(JsonNode number) {
        if (number.isBigDecimal()) {
            return Optional.of(number.decimalValue());
        }
        if (number.isBigInteger()) {
            return Optional.of(new BigDecimal(number.bigIntegerValue()));
        }
        if (number.isFloatingPointNumber()) {
            double floating = number.doubleValue();
            return Double.isFinite(floating) ? Optional.of(BigDecimal.valueOf(floating)) : Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(number.longValue()));
    }
}
