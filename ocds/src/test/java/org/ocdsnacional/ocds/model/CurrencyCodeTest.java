package org.ocdsnacional.ocds.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CurrencyCodeTest {

    /** What publishers write as a currency, and the ISO 4217 code it is (empty: none). */
    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "MXN|MXN", "USD|USD", "EUR|EUR", "' mxn '|MXN", "Usd|USD", "MXP|MXP", "MXV|MXV", "XXX|XXX", "VED|VED",
            "PESOS|", "Pesos mexicanos|", "$|", "MN|", "M.N.|", "484|", "MX|", "ABC|", "''|", "' '|",
    })
    void publishedCurrenciesAreReadAsIso4217OrNot(String published, String code) {
        assertEquals(Optional.ofNullable(code), CurrencyCode.normalise(published));
        assertEquals(code != null && code.equals(published), CurrencyCode.isIso4217(published));
    }
}
