package org.ocdsnacional.web.i18n;

import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.ocds.model.CurrencyCode;
import org.ocdsnacional.web.http.Language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers, money and dates as people in Mexico write them (es-MX: {@code 1,234,567.89}; dates in the page's
 * language), in Mexico City time. Money always says its currency; amounts in different currencies are never added.
 */
public final class Formats {

    public static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final Locale NUMBERS = Locale.forLanguageTag("es-MX");

    private final Language language;
    private final String invalidCurrency;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter month;

    private Formats(Language language) {
        this.language = language;
        this.invalidCurrency = Texts.of(language).get("money.invalid-currency");
        Locale locale = language.locale();
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }

    public static Formats of(Language language) {
        return new Formats(language);
    }

    /** A whole number: {@code 1,234,567}. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(NUMBERS).format(value);
    }

    /**
     * An amount with its currency: {@code $1,234,567.89 MXN}, {@code 1,500.00 USD}; an amount published without a
     * usable currency (ISO 4217's {@code XXX}) says so, {@code 1,500.00 (moneda no válida)}, never as a currency.
     */
    public String money(Money money) {
        return money(money.amount(), money.currency());
    }

    public String money(BigDecimal amount, String currency) {
        return withCurrency(decimals().format(amount.setScale(2, RoundingMode.HALF_EVEN)), currency);
    }

    /** A short amount for chart labels: {@code $1.2 M MXN}, {@code 3.4 mil M}. */
    public String compactMoney(Money money) {
        return withCurrency(compact(money.amount().doubleValue()), money.currency());
    }

    /** A currency code as people read it: the code, or "moneda no válida" for {@code XXX}. */
    public String currency(String code) {
        return CurrencyCode.NONE.equals(code) ? invalidCurrency : code;
    }

    private String withCurrency(String number, String currency) {
        if (CurrencyCode.NONE.equals(currency)) {
            return number + " (" + invalidCurrency + ")";
        }
        return ("MXN".equals(currency) ? "$" : "") + number + " " + currency;
    }

    /** A short number: {@code 950}, {@code 12.5 mil}, {@code 3.1 M}, {@code 2.4 mil M} (K, M, B in English). */
    public String compact(double value) {
        double magnitude = Math.abs(value);
        if (magnitude < 1_000) {
            return oneDecimal(value);
        }
        boolean spanish = language == Language.ES;
        if (magnitude < 1_000_000) {
            return oneDecimal(value / 1_000) + (spanish ? " mil" : "K");
        }
        if (magnitude < 1_000_000_000) {
            return oneDecimal(value / 1_000_000) + (spanish ? " M" : "M");
        }
        return oneDecimal(value / 1_000_000_000) + (spanish ? " mil M" : "B");
    }

    /** A share: {@code 45.7 %}; a dash when unknown. */
    public String percent(Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(NUMBERS);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A date or date-time as published (ISO 8601), as a day in Mexico City; the text itself when unreadable. */
    public String date(String iso) {
        return day(iso).map(date::format).orElse(iso);
    }

    /** An instant as a date and time in Mexico City. */
    public String dateTime(Instant instant) {
        return dateTime.format(instant.atZone(MEXICO_CITY));
    }

    /** A month key of the aggregations ({@code 2024-03}) as {@code mar 2024}. */
    public String month(String yearMonth) {
        try {
            return month.format(LocalDate.parse(yearMonth + "-01"));
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    /** The day of an ISO 8601 date or date-time, in Mexico City. */
    public static Optional<LocalDate> day(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        try {
            if (iso.length() == 10) {
                return Optional.of(LocalDate.parse(iso));
            }
            return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(MEXICO_CITY).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static DecimalFormat decimals() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NUMBERS));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }

    private static String oneDecimal(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(NUMBERS));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }
}
