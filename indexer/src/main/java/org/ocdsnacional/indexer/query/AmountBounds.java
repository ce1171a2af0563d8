package org.ocdsnacional.indexer.query;

import java.math.BigDecimal;

import static org.ocdsnacional.indexer.query.InvalidQueryException.shown;

/**
 * The amounts a query may compare processes with: at most {@value #MAX_INTEGER_DIGITS} digits before the decimal
 * point (below a thousand trillion, far above any public contract in pesos) and {@value #MAX_DECIMALS} after it.
 * Checked before any arithmetic: an amount such as {@code 1e-100000000} or {@code 1e30000000} costs nothing to
 * read but minutes of CPU to convert to minor units, so it is refused here, cheaply, with a message that says the
 * accepted range.
 */
public final class AmountBounds {

    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_DECIMALS = 6;
    /** Longer text is not read at all: parsing a long string of digits is itself costly. */
    public static final int MAX_CHARACTERS = 64;
    /** About 77 decimal digits: anything longer cannot be within range once trailing zeros are removed. */
    private static final int MAX_UNSCALED_BITS = 256;
    private static final String RANGE_ES = "a lo más " + MAX_INTEGER_DIGITS + " cifras enteras y " + MAX_DECIMALS
            + " decimales";
    private static final String RANGE_EN = "at most " + MAX_INTEGER_DIGITS + " integer digits and " + MAX_DECIMALS
            + " decimal places";

    private AmountBounds() {
    }

    /** An amount written as text ({@code "1234567.89"}, {@code "1e6"}); surrounding spaces are ignored. */
    public static BigDecimal parse(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > MAX_CHARACTERS) {
            throw outOfRange(trimmed);
        }
        try {
            return bounded(new BigDecimal(trimmed));
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(shown(text) + " no es un importe: escríbalo con punto decimal y sin "
                    + "separadores de miles, p. ej. \"1234567.89\" / " + shown(text) + " is not an amount: write it "
                    + "with a decimal point and no thousands separators, e.g. \"1234567.89\".");
        }
    }

    /** {@code amount}, once checked to be within range. */
    public static BigDecimal bounded(BigDecimal amount) {
        if (amount.unscaledValue().bitLength() > MAX_UNSCALED_BITS) {
            throw outOfRange(amount.toString());
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (stripped.scale() > MAX_DECIMALS || integerDigits > MAX_INTEGER_DIGITS) {
            throw outOfRange(amount.toString());
        }
        return amount;
    }

    private static InvalidQueryException outOfRange(String amount) {
        return new InvalidQueryException("El importe " + shown(amount) + " está fuera del rango aceptado: "
                + RANGE_ES + " / The amount " + shown(amount) + " is out of the accepted range: " + RANGE_EN + ".");
    }
}
