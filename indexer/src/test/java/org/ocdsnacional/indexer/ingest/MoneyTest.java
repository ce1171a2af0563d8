package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ocdsnacional.ocds.model.Json;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MoneyTest {

    private static final ObjectMapper MAPPER = Json.mapper();

    /** Amounts as publishers write them, and the money read (empty: no usable amount). */
    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"amount\": 250000.50, \"currency\": \"MXN\"}|250000.50|MXN",
            "{\"amount\": \"1,250.5\", \"currency\": \"USD\"}|1250.5|USD",
            "{\"amount\": 10, \"currency\": \"PESOS\"}|10|XXX",
            "{\"amount\": 10}|10|XXX",
            "{\"amount\": 0e-999999999, \"currency\": \"MXN\"}|0|MXN",
            "{\"amount\": 1e-999999999, \"currency\": \"MXN\"}||",
            "{\"amount\": 1e999999999, \"currency\": \"MXN\"}||",
            "{\"amount\": \"1e-999999999\", \"currency\": \"MXN\"}||",
            "{\"amount\": 1e16, \"currency\": \"MXN\"}||",
            "{\"amount\": \"mil\", \"currency\": \"MXN\"}||",
            "{\"currency\": \"MXN\"}||",
    })
    void amountsAreReadExactlyAndAbsurdOnesAreNot(String value, String amount, String currency) throws Exception {
        Optional<Money> expected = amount == null ? Optional.empty()
                : Optional.of(new Money(new BigDecimal(amount), currency));
        assertEquals(expected, Money.of(MAPPER.readTree(value)));
    }

    /** Minor units of any decimal cost nothing: no hundredth is 0, too large for a long is refused at once. */
    @Test
    void minorUnitsOfAnyDecimalAreCheap() {
        assertEquals(25000050, Money.minorUnits(new BigDecimal("250000.50")));
        assertEquals(1, Money.minorUnits(new BigDecimal("0.005000001")));
        assertEquals(0, Money.minorUnits(new BigDecimal("1e-999999999")));
        assertEquals(0, Money.minorUnits(new BigDecimal("0e999999999")));
        assertThrows(ArithmeticException.class, () -> Money.minorUnits(new BigDecimal("1e999999999")));
        assertThrows(ArithmeticException.class, () -> Money.minorUnits(new BigDecimal("1e17")));
    }
}
