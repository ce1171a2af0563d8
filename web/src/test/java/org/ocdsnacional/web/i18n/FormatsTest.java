package org.ocdsnacional.web.i18n;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.ocds.model.CurrencyCode;
import org.ocdsnacional.web.http.Language;

import java.math.BigDecimal;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** es-MX numbers and money whatever the page's language; dates in the page's language, in Mexico City. */
class FormatsTest {

    private final Formats spanish = Formats.of(Language.ES);
    private final Formats english = Formats.of(Language.EN);

    @Test
    void moneySaysItsCurrencyWithMexicanSeparators() {
        assertEquals("$1,234,567.89 MXN", spanish.money(new Money(new BigDecimal("1234567.891"), "MXN")));
        assertEquals("1,500.00 USD", spanish.money(new Money(new BigDecimal("1500"), "USD")));
        assertEquals("$1,234,567.89 MXN", english.money(new Money(new BigDecimal("1234567.89"), "MXN")));
    }

    @Test
    void anAmountWithoutAUsableCurrencySaysSoAndIsNeverShownAsACurrency() {
        Money invalid = new Money(new BigDecimal("1500"), CurrencyCode.NONE);

        assertEquals("1,500.00 (moneda no válida)", spanish.money(invalid));
        assertEquals("1,500.00 (invalid currency)", english.money(invalid));
        assertEquals("1.5 mil (moneda no válida)", spanish.compactMoney(invalid));
        assertEquals("moneda no válida", spanish.currency(CurrencyCode.NONE));
        assertEquals("USD", spanish.currency("USD"));
    }

    @Test
    void numbersAndSharesUseMexicanSeparators() {
        assertEquals("1,234,567", spanish.number(1_234_567));
        assertEquals("45.7%", spanish.percent(0.4567));
        assertEquals("—", spanish.percent(null));
    }

    @Test
    void compactNumbersInEachLanguage() {
        assertEquals("950", spanish.compact(950));
        assertEquals("12.5 mil", spanish.compact(12_500));
        assertEquals("3.1 M", spanish.compact(3_100_000));
        assertEquals("2.4 mil M", spanish.compact(2_400_000_000d));
        assertEquals("2.4B", english.compact(2_400_000_000d));
    }

    @Test
    void datesAreDaysInMexicoCityInThePagesLanguage() {
        assertEquals("31 ene 2024", spanish.date("2024-01-31"));
        assertEquals("Jan 31, 2024", english.date("2024-01-31"));
        assertEquals("31 ene 2024", spanish.date("2024-02-01T03:00:00Z"), "21:00 the day before in Mexico City");
        assertEquals("no es fecha", spanish.date("no es fecha"));
        assertEquals("mar 2024", spanish.month("2024-03"));
        assertEquals("31 ene 2024, 9:00 p.m.", spanish.dateTime(Instant.parse("2024-02-01T03:00:00Z"))
                .replace('\u202f', ' ').replace('\u00a0', ' '));
    }
}
