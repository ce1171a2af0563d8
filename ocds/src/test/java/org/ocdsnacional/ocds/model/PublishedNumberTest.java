package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedNumberTest {

    /** Numbers as publishers write them, and whether they are absurd as any number and as an amount. */
    @ParameterizedTest(name = "{0} absurd: {1}, as an amount: {2}")
    @CsvSource({
            "0, false, false", "250000.50, false, false", "-0.5, false, false",
            "1e-999999999, true, true", "1e999999999, true, true", "-1e999999999, true, true",
            "0e-999999999, false, false", "0e999999999, false, false",
            "9999999999999999, false, false", "1e16, false, true", "9223372036854775807, false, true",
            "99999999999999999999, false, true", "1e20, true, true",
            "0.00000000000000000001, false, false", "0.000000000000000000001, true, true",
            "1234.5600000000001, false, false", "5.0000000000000000000000000000, false, false",
    })
    void absurdNumbersHaveMoreDigitsThanAnyRealValue(String text, boolean absurd, boolean absurdAmount) {
        DecimalNode number = DecimalNode.valueOf(new BigDecimal(text));
        assertEquals(absurd, PublishedNumber.isAbsurd(number));
        assertEquals(absurdAmount, PublishedNumber.isAbsurdAmount(number));
        assertEquals(absurdAmount, PublishedNumber.amount(text).isEmpty());
    }

    @Test
    void everyKindOfJsonNumberIsJudgedAlike() {
        assertTrue(PublishedNumber.isAbsurd(BigIntegerNode.valueOf(BigInteger.TEN.pow(400))));
        assertTrue(PublishedNumber.isAbsurd(DoubleNode.valueOf(Double.POSITIVE_INFINITY)));
        assertTrue(PublishedNumber.isAbsurd(DoubleNode.valueOf(Double.NaN)));
        assertTrue(PublishedNumber.isAbsurd(DoubleNode.valueOf(1e-300)));
        assertTrue(PublishedNumber.isAbsurdAmount(LongNode.valueOf(Long.MAX_VALUE)));
        assertFalse(PublishedNumber.isAbsurd(LongNode.valueOf(Long.MAX_VALUE)), "a 64-bit integer, an id maybe");
        assertFalse(PublishedNumber.isAbsurd(DoubleNode.valueOf(1234.5)));
        assertFalse(PublishedNumber.isAbsurd(TextNode.valueOf("1e999999999")), "not a number");
    }

    @Test
    void aZeroIsZeroWhateverItsExponentAndLongOrBrokenTextIsNoAmount() {
        assertEquals(Optional.of(BigDecimal.ZERO), PublishedNumber.amount("0E-999999999"));
        assertEquals(Optional.of(new BigDecimal("0.00")), PublishedNumber.amount("0.00"));
        assertEquals(Optional.of(new BigDecimal("250000.50")), PublishedNumber.amount(" 250000.50 "));
        assertEquals(Optional.empty(), PublishedNumber.amount("1".repeat(65)));
        assertEquals(Optional.empty(), PublishedNumber.amount("mil pesos"));
        assertEquals(Optional.empty(), PublishedNumber.amount(null));
    }
}
