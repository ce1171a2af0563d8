package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The node of a JSON number as Jackson's tree reading makes it: integers as int, long or big integer, whichever
 * is the smallest that holds them; numbers with a fraction or an exponent as a double or, for {@link #EXACT}, as a
 * decimal exactly as written (trailing zeros kept: {@code 250000.50} stays {@code 250000.50}). Numbers of up to 18
 * digits without exponent are converted from their digits; the rest from their text.
 */
enum NumberNodes {
    DOUBLES, EXACT;

    /** Digits that always fit a long. */
    static final int LONG_DIGITS = 18;
    /** Digits that a double holds exactly (below 2^53). */
    private static final int DOUBLE_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /** An integer of at most {@link #LONG_DIGITS} digits, sign applied. */
    static JsonNode integer(long value) {
        return value == (int) value ? IntNode.valueOf((int) value) : LongNode.valueOf(value);
    }

    /** An integer of more digits, as written. */
    static JsonNode integer(String text) {
        BigInteger value = new BigInteger(text);
        return value.bitLength() < Long.SIZE ? LongNode.valueOf(value.longValue()) : BigIntegerNode.valueOf(value);
    }

    /** Whether {@link #fraction} gives the exact value of these digits. */
    boolean fromDigits(long unscaled, int scale) {
        return this == EXACT || unscaled < POWERS_OF_TEN[DOUBLE_DIGITS] && scale < POWERS_OF_TEN.length;
    }

    /**
     * A number with a fraction and no exponent, of at most {@link #LONG_DIGITS} digits in all, when
     * {@link #fromDigits}.
     *
     * @param unscaled its digits as one integer, without sign
     * @param scale    how many of them follow the point
     */
    JsonNode fraction(boolean negative, long unscaled, int scale) {
        if (this == EXACT) {
            return DecimalNode.valueOf(BigDecimal.valueOf(negative ? -unscaled : unscaled, scale));
        }
        double value = unscaled / POWERS_OF_TEN[scale];
        return DoubleNode.valueOf(negative ? -value : value);
    }

    /** Any other number with a fraction or an exponent, as written. */
    JsonNode floating(String text) {
        return this == EXACT ? DecimalNode.valueOf(new BigDecimal(text)) : DoubleNode.valueOf(Double.parseDouble(text));
    }
}
