package org.ocdsnacional.indexer.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The amounts a query may compare with: what is read, and what is refused before any arithmetic. */
class AmountBoundsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "1000000.50|1000000.50",
            "' 1000 '|1000",
            "1e6|1E+6",
            "0.000001|0.000001",
            "-250|-250",
            "999999999999999.999999|999999999999999.999999",
            "1.5000000000|1.5000000000",
            "1000000000000000000e-5|1000000000000000000E-5",
    })
    void amountsWithinRangeAreReadExactly(String text, String expected) {
        assertEquals(new BigDecimal(expected), AmountBounds.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e-100000000", "1e30000000", "1e1000", "1e-999999999", "1E+2147483647", "1E+2147483648",
            "1000000000000000", "0.0000001", "99999999999999999999999999.999999999999"})
    void amountsOutOfRangeAreRefusedWithTheRange(String text) {
        InvalidQueryException refused = assertThrows(InvalidQueryException.class, () -> AmountBounds.parse(text));
        assertTrue(refused.getMessage().contains("15 cifras enteras y 6 decimales")
                && refused.getMessage().contains("15 integer digits and 6 decimal places"), refused.getMessage());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"1,000", "abc", "NaN", "Infinity", "  ", "", "0x1F", "$100"})
    void textThatIsNotAnAmountSaysHowToWriteOne(String text) {
        InvalidQueryException refused = assertThrows(InvalidQueryException.class, () -> AmountBounds.parse(text));
        assertTrue(refused.getMessage().contains("no es un importe") && refused.getMessage().contains("1234567.89"),
                refused.getMessage());
    }

    @Test
    void aVeryLongNumberIsNotEvenRead() {
        InvalidQueryException refused = assertThrows(InvalidQueryException.class,
                () -> AmountBounds.parse("1".repeat(100_000)));
        assertTrue(refused.getMessage().contains("fuera del rango"), refused.getMessage());
    }

    @Test
    void anAmountRangeChecksItsBoundsAndTheirOrder() {
        assertThrows(InvalidQueryException.class, () -> new AmountRange(Optional.empty(),
                Optional.of(new BigDecimal("1e-100000000")), Optional.empty()));
        InvalidQueryException reversed = assertThrows(InvalidQueryException.class, () -> new AmountRange(
                Optional.empty(), Optional.of(new BigDecimal("2000")), Optional.of(new BigDecimal("1000"))));
        assertTrue(reversed.getMessage().contains("2000") && reversed.getMessage().contains("1000"));
    }
}
